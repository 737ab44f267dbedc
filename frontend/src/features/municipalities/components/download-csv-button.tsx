import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useDownloadMunicipalitiesCsv, type MunicipalityCsvParams } from '../api/download-municipalities-csv';

export function DownloadCsvButton({ params }: { params: MunicipalityCsvParams }) {
  const { t } = useTranslation();
  const download = useDownloadMunicipalitiesCsv();

  return (
    <div className="download">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => download.mutate(params)}
        disabled={download.isPending}
      >
        {download.isPending ? t('municipalities.downloading') : t('municipalities.download')}
      </button>
      {download.isError && <ErrorAlert error={download.error} />}
    </div>
  );
}
