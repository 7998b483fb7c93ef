import LockIcon from '@mui/icons-material/Lock';
import { Avatar, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { LocalesMenuButton, useLogin, useNotify, useTranslate } from 'react-admin';

/** E-mail + password sign-in (the API's `login` mutation), with the language switch. */
export const LoginPage = () => {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    login({ email, password }).catch((err: Error) => {
      setBusy(false);
      notify(err?.message || 'ra.auth.sign_in_error', { type: 'error' });
    });
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
      <Card sx={{ width: 380 }} component="form" onSubmit={submit}>
        <CardContent>
          <Stack spacing={2} sx={{ alignItems: 'center' }}>
            <Avatar sx={{ bgcolor: 'primary.main' }}>
              <LockIcon />
            </Avatar>
            <Typography variant="h5">{translate('eg.login.title')}</Typography>
            <Typography variant="body2" color="text.secondary" align="center">
              {translate('eg.app.subtitle')}
            </Typography>
            <TextField name="email" type="email" autoComplete="username" label={translate('eg.login.email')} value={email} onChange={(e) => setEmail(e.target.value)} required fullWidth autoFocus />
            <TextField
              name="password"
              type="password"
              autoComplete="current-password"
              label={translate('eg.login.password')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              fullWidth
            />
            <Button type="submit" variant="contained" fullWidth disabled={busy} startIcon={busy ? <CircularProgress size={18} /> : null}>
              {translate('eg.login.submit')}
            </Button>
            <LocalesMenuButton />
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};
