import { BulkDeleteButton } from 'react-admin';

/** Bulk delete asks first and waits for the server (a referenced record fails with INVALID_STATE, shown at once). */
export const BulkActions = () => <BulkDeleteButton mutationMode="pessimistic" />;
