import express from 'express';
import { trustProxySetting } from './config';

describe('trustProxySetting (TRUST_PROXY, shared by the server and the gateway)', () => {
  it('turns the variable into what Express accepts: booleans, hop counts, addresses; loopback when unset', () => {
    expect(['', undefined, 'true', 'FALSE', '2', 'loopback, 10.0.0.0/8'].map(trustProxySetting)).toEqual(['loopback', 'loopback', true, false, 2, 'loopback, 10.0.0.0/8']);
    // "true" given to Express as a string is read as an address and refused: the gateway used to pass it raw
    expect(() => express().set('trust proxy', 'true')).toThrow();
    for (const v of ['true', '2', 'loopback']) expect(() => express().set('trust proxy', trustProxySetting(v))).not.toThrow();
  });
});
