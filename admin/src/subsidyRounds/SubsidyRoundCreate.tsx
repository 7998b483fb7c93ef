import { Create } from 'react-admin';
import { cleanLevels, DEFAULT_LEVELS } from './levels';
import { SubsidyRoundForm } from './SubsidyRoundForm';

export const SubsidyRoundCreate = () => (
  <Create redirect="show" transform={(d: Record<string, unknown>) => ({ ...d, levels: cleanLevels(d.levels) })}>
    <SubsidyRoundForm defaultValues={{ mode: 'WEIGHTED', fiscalYear: new Date().getFullYear(), fundSource: '市福彩公益金', levels: DEFAULT_LEVELS }} />
  </Create>
);
