import { useContext } from 'react';
import { CreateButton, FilterButton, FilterContext, TopToolbar, useResourceDefinition } from 'react-admin';
import { ServerExportButton } from './ServerExportButton';

/**
 * The toolbar of every list: filters, create (when the role may), and the server-side export (Excel or CSV of all
 * records of the current filter and sort) instead of react-admin's in-browser exporter.
 */
export const ListActions = () => {
  const filters = useContext(FilterContext);
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton />}
      <ServerExportButton />
    </TopToolbar>
  );
};
