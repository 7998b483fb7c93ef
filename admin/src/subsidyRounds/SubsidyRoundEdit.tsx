import { Edit } from 'react-admin';
import { cleanLevels } from './levels';
import { SubsidyRoundForm } from './SubsidyRoundForm';

/** Until APPROVED; changing money parameters of a COMPUTED round returns it to DRAFT (server rule). */
export const SubsidyRoundEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    transform={(d: Record<string, unknown>, opts?: { previousData?: Record<string, unknown> }) => {
      const levels = cleanLevels(d.levels);
      const before = cleanLevels(opts?.previousData?.levels);
      // Only send levels when a row changed (the API answers levels as numbers/strings; compare normalized).
      return { ...d, levels: JSON.stringify(levels) === JSON.stringify(before) ? opts?.previousData?.levels : levels };
    }}
  >
    <SubsidyRoundForm />
  </Edit>
);
