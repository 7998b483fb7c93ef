// Fields a partner subgraph adds to a resident (the health bureau's exam results), shown when the panel runs
// against the federation gateway. Fetched in a request of its own that may fail without touching the rest of the
// page: against ElderGraph alone the field does not exist (the section is left out); when the partner is down the
// gateway answers with an error (the section says the partner's data is unavailable).
import { useEffect, useState } from 'react';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ApiError, createClient, type Request, type TypedDoc } from '../dataProvider/client';

export interface PartnerExamResult {
  id: string;
  examinedOn: string;
  hospital: string;
  bloodPressure: string | null;
  fastingGlucose: number | null;
  conclusion: string;
}

type Result = { resident: { id: string; examResults: PartnerExamResult[] | null } | null };

/** Not in ElderGraph's schema (so not a generated document): only the composed supergraph has `examResults`. */
export const ResidentExamResultsQuery: TypedDoc<Result, { id: string }> = {
  toString: () => 'query ResidentExamResults($id: ID!) { resident(id: $id) { id examResults { id examinedOn hospital bloodPressure fastingGlucose conclusion } } }',
};

type State = { kind: 'loading' } | { kind: 'absent' } | { kind: 'unavailable' } | { kind: 'ok'; results: PartnerExamResult[] };

/** Once the API has said the field does not exist, stop asking for the rest of the page load. */
let schemaLacksPartnerFields = false;

export function usePartnerExamResults(residentId: string | undefined, request: Request): State {
  const [state, setState] = useState<State>({ kind: schemaLacksPartnerFields ? 'absent' : 'loading' });
  useEffect(() => {
    if (!residentId || schemaLacksPartnerFields) return;
    let live = true;
    setState({ kind: 'loading' });
    request(ResidentExamResultsQuery, { id: residentId }).then(
      (data) => {
        if (!live) return;
        const results = data.resident?.examResults;
        setState(results ? { kind: 'ok', results } : { kind: 'unavailable' });
      },
      (e: unknown) => {
        if (!live) return;
        // a validation error: the API's schema has no partner fields (the panel talks to ElderGraph directly)
        if (e instanceof ApiError && e.code === 'BAD_USER_INPUT' && /examResults/.test(e.message)) {
          schemaLacksPartnerFields = true;
          setState({ kind: 'absent' });
        } else setState({ kind: 'unavailable' });
      },
    );
    return () => {
      live = false;
    };
  }, [residentId, request]);
  return state;
}

const defaultRequest = createClient();

export const PartnerExamResults = ({ request = defaultRequest }: { request?: Request }) => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const state = usePartnerExamResults(record?.id != null ? String(record.id) : undefined, request);
  if (state.kind === 'absent' || state.kind === 'loading') return null;
  return (
    <Labeled label="eg.partner.examResults" data-testid="partner-exam-results" data-state={state.kind}>
      {state.kind === 'unavailable' ? (
        <Typography variant="body2" color="text.secondary" data-testid="partner-unavailable">
          {translate('eg.partner.unavailable')}
        </Typography>
      ) : state.results.length === 0 ? (
        <Typography variant="body2">{translate('eg.partner.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('eg.partner.examinedOn')}</TableCell>
              <TableCell>{translate('eg.partner.hospital')}</TableCell>
              <TableCell>{translate('eg.partner.bloodPressure')}</TableCell>
              <TableCell>{translate('eg.partner.fastingGlucose')}</TableCell>
              <TableCell>{translate('eg.partner.conclusion')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {state.results.map((r) => (
              <TableRow key={r.id} data-testid="partner-exam-row">
                <TableCell>{r.examinedOn}</TableCell>
                <TableCell>{r.hospital}</TableCell>
                <TableCell>{r.bloodPressure ?? '—'}</TableCell>
                <TableCell>{r.fastingGlucose ?? '—'}</TableCell>
                <TableCell>{r.conclusion}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Labeled>
  );
};
