import type { EgDataProvider } from '../dataProvider';

export type Stats = Awaited<ReturnType<EgDataProvider['statistics']>>;
