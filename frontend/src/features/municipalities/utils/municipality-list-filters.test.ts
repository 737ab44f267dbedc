import { readFilters, toListParams, toSearchParams } from './municipality-list-filters';

describe('the municipality list filters', () => {
  it('should read defaults from an empty query string', () => {
    expect(readFilters(new URLSearchParams())).toEqual({ county: '', q: '', sort: 'name', page: 1 });
  });

  it('should ignore an unknown sort and a page that is not a positive whole number', () => {
    expect(readFilters(new URLSearchParams('sort=population&page=-2'))).toMatchObject({
      sort: 'name',
      page: 1,
    });
    expect(readFilters(new URLSearchParams('page=2.5'))).toMatchObject({ page: 1 });
  });

  it('should write only what differs from the defaults', () => {
    expect(toSearchParams({ county: '25', q: '', sort: 'name', page: 1 }).toString()).toBe('county=25');
    expect(toSearchParams({ county: '', q: 'å', sort: '-code', page: 3 }).toString()).toBe(
      'q=%C3%A5&sort=-code&page=3',
    );
  });

  it('should ask the API for pages of 50 and leave out empty filters', () => {
    expect(toListParams({ county: '', q: '', sort: 'name', page: 2 })).toEqual({
      sort: 'name',
      page: 2,
      size: 50,
    });
  });
});
