import { Grid, Typography } from '@mui/material';
import { NumberInput, SelectArrayInput, useTranslate } from 'react-admin';
import { choices } from '../common/enums';

const N = ({ source, step = 1 }: { source: string; step?: number }) => (
  <Grid size={{ xs: 6, sm: 3 }}>
    <NumberInput source={source} step={step} resource="ratingRounds" fullWidth helperText={false} />
  </Grid>
);

/** Every parameter of a rating scheme (weights, full-score points, thresholds, veto, NEW rule, rectification). */
export const SchemeInputs = () => {
  const translate = useTranslate();
  return (
    <Grid container spacing={2} sx={{ maxWidth: 960, width: '100%' }}>
      <Grid size={12}>
        <Typography variant="subtitle2">{translate('eg.rating.weights')}</Typography>
      </Grid>
      <N source="scheme.weights.service" step={0.01} />
      <N source="scheme.weights.area" step={0.01} />
      <N source="scheme.weights.seniority" step={0.01} />
      <N source="scheme.weights.population" step={0.01} />
      <N source="scheme.areaFullAt" />
      <N source="scheme.seniorityPointsPerYear" />
      <N source="scheme.populationFullAt" />
      <N source="scheme.serviceVetoBelow" />
      <Grid size={12}>
        <Typography variant="subtitle2">{translate('eg.rating.thresholds')}</Typography>
      </Grid>
      <N source="scheme.thresholds.FIVE" />
      <N source="scheme.thresholds.FOUR" />
      <N source="scheme.thresholds.THREE" />
      <N source="scheme.thresholds.TWO" />
      <N source="scheme.thresholds.ONE" />
      <N source="scheme.newIfYearsBelow" />
      <N source="scheme.rectificationDays" />
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectArrayInput source="scheme.rectifyLevels" resource="ratingRounds" choices={choices('StarLevel')} fullWidth helperText={false} />
      </Grid>
    </Grid>
  );
};
