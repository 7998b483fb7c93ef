import { DateField as RaDateField, useLocale, type DateFieldProps } from 'react-admin';

const DATE = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
const TIME = { ...DATE, hour: '2-digit', minute: '2-digit', hour12: false } as const;

/** Dates in the panel's language (2016/06/30 in Chinese), not the browser's. */
export const DateField = (props: DateFieldProps) => {
  const locale = useLocale();
  return <RaDateField locales={locale === 'en' ? 'en-GB' : 'zh-CN'} options={props.showTime ? TIME : DATE} {...props} />;
};
