import os from 'node:os';

/**
 * Which server process this is, as `<hostname>:<pid>` (or INSTANCE_ID when set): sent as the `X-Served-By`
 * response header and recorded on the jobs a process runs, so that requests and jobs can be traced to the
 * instance behind a load balancer.
 */
export function instanceId(): string {
  return process.env.INSTANCE_ID || `${os.hostname()}:${process.pid}`;
}
