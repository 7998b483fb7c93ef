import { useTranslate } from 'react-admin';

/**
 * A resource's plural name as a section label ("免费体检", "Health exams"). A bare `label="resources.x.name"`
 * shows the raw plural message ("免费体检 |||| 免费体检"): it is translated without a smart_count.
 */
export const ResourceName = ({ resource }: { resource: string }) => {
  const translate = useTranslate();
  return <>{translate(`resources.${resource}.name`, { smart_count: 2 })}</>;
};
