import CalculateIcon from '@mui/icons-material/Calculate';
import PriceCheckIcon from '@mui/icons-material/PriceCheck';
import SummarizeIcon from '@mui/icons-material/Summarize';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, useSidebarState, useTranslate, useCanAccess } from 'react-admin';

const Group = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  if (!open) return null;
  return (
    <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
      {translate(label)}
    </ListSubheader>
  );
};

const PreviewItem = ({ to, label, icon, resource }: { to: string; label: string; icon: React.ReactElement; resource: string }) => {
  const { canAccess } = useCanAccess({ action: 'create', resource });
  if (!canAccess) return null;
  return <RaMenu.Item to={to} primaryText={label} leftIcon={icon} />;
};

/** Menu grouped like the office works: records, rating, subsidy, system. Entries follow canAccess. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.Item to="/work-report" primaryText="eg.workReport.menu" leftIcon={<SummarizeIcon />} />
    <Group label="eg.menu.records" />
    <RaMenu.ResourceItem name="centers" />
    <RaMenu.ResourceItem name="associations" />
    <RaMenu.ResourceItem name="residents" />
    <RaMenu.ResourceItem name="healthExams" />
    <RaMenu.ResourceItem name="visits" />
    <RaMenu.ResourceItem name="projects" />
    <PreviewItem to="/import" label="eg.import.title" icon={<UploadFileIcon />} resource="residents" />
    <Group label="eg.menu.rating" />
    <RaMenu.ResourceItem name="ratingRounds" />
    <PreviewItem to="/rating-preview" label="eg.action.preview" icon={<CalculateIcon />} resource="ratingRounds" />
    <RaMenu.ResourceItem name="rectifications" />
    <Group label="eg.menu.subsidy" />
    <RaMenu.ResourceItem name="subsidyRounds" />
    <PreviewItem to="/subsidy-preview" label="eg.subsidy.previewTitle" icon={<PriceCheckIcon />} resource="subsidyRounds" />
    <Group label="eg.menu.areas" />
    <RaMenu.ResourceItem name="streets" />
    <RaMenu.ResourceItem name="communities" />
    <RaMenu.ResourceItem name="users" />
    <RaMenu.ResourceItem name="jobs" />
  </RaMenu>
);
