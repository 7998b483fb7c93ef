import { Button, type ButtonProps } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Confirm, useTranslate } from 'react-admin';

/** A button that asks for confirmation, then runs `onConfirm` (a promise; the button is busy meanwhile). */
export const ConfirmAction = ({
  label,
  title,
  content,
  translateOptions,
  onConfirm,
  icon,
  ...props
}: Omit<ButtonProps, 'onClick' | 'content'> & { label: string; title: string; content: string; translateOptions?: Record<string, unknown>; onConfirm: () => Promise<unknown>; icon?: ReactNode }) => {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const translate = useTranslate();
  return (
    <>
      <Button size="small" startIcon={icon} {...props} disabled={busy || props.disabled} onClick={() => setOpen(true)}>
        {translate(label)}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={title}
        content={content}
        translateOptions={translateOptions}
        onConfirm={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setOpen(false);
          }
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
