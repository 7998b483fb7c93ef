import { Chip, Typography } from '@mui/material';
import { AppBar as RaAppBar, LocalesMenuButton, TitlePortal, useGetIdentity, useTranslate } from 'react-admin';

/** Title, the user's role, the language switch (简体中文 / English) and the user menu. */
export const AppBar = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  return (
    <RaAppBar toolbar={<LocalesMenuButton />}>
      <Typography variant="h6" sx={{ mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', md: 'block' } }}>
        {translate('eg.app.title')}
      </Typography>
      <TitlePortal />
      {identity?.role && <Chip size="small" sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,.6)', mr: 1 }} variant="outlined" label={translate(`eg.role.${identity.role}`)} data-testid="role" />}
    </RaAppBar>
  );
};
