import { returnToFrom } from './return-to';

describe('where to go after signing in', () => {
  it('should go to a path of the app, with its query string', () => {
    expect(returnToFrom(new URLSearchParams('returnTo=/admin/audit?municipality=2580'))).toBe(
      '/admin/audit?municipality=2580',
    );
  });

  it('should go to the start page without a returnTo, or with one that leaves the app', () => {
    for (const search of [
      '',
      'returnTo=',
      'returnTo=https://evil.example',
      'returnTo=//evil.example',
      'returnTo=/\\evil.example',
      'returnTo=/sign-in',
    ]) {
      expect(returnToFrom(new URLSearchParams(search))).toBe('/');
    }
  });
});
