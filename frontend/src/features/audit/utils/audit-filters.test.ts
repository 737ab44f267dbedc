import { readFilters, toQueryParams, toSearchParams } from './audit-filters';

describe('the audit trail filters', () => {
  it('should read empty filters and the first page from an empty query string', () => {
    expect(readFilters(new URLSearchParams())).toEqual({
      municipality: '',
      type: '',
      action: '',
      from: '',
      to: '',
      page: 1,
    });
  });

  it('should write only what is set', () => {
    expect(
      toSearchParams({
        municipality: '2580',
        type: '',
        action: 'grant',
        from: '',
        to: '',
        page: 2,
      }).toString(),
    ).toBe('municipality=2580&action=grant&page=2');
  });

  it('should ask for whole days in Sweden, summer time too, with "to" as the start of the next day', () => {
    expect(
      toQueryParams({
        municipality: '',
        type: '',
        action: '',
        from: '2026-06-01',
        to: '2026-06-30',
        page: 1,
      }),
    ).toEqual({ since: '2026-05-31T22:00:00.000Z', until: '2026-06-30T22:00:00.000Z', page: 1, size: 50 });
  });

  it('should ignore a date that is not a date', () => {
    expect(toQueryParams({ municipality: '', type: '', action: '', from: 'igår', to: '', page: 1 })).toEqual({
      page: 1,
      size: 50,
    });
  });
});
