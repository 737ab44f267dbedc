import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

function bodyRows() {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

function namesInTable() {
  return bodyRows().map((row) => within(row).getByRole('rowheader').textContent);
}

async function countySelect() {
  const select = screen.getByRole('combobox', { name: 'Län' });
  // The options arrive with the counties.
  await within(select).findByRole('option', { name: 'Norrbottens län' });
  return select;
}

describe('the municipality list', () => {
  it('should show the first page of all 290 municipalities in a captioned table', async () => {
    renderApp('/municipalities');

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('290 kommuner'));
    expect(screen.getByText('Sida 1 av 6')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByRole('table', { name: 'Kommuner' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      expect.stringContaining('Kod'),
      expect.stringContaining('Namn'),
      expect.stringContaining('Län'),
    ]);
    expect(namesInTable()[0]).toBe('Ale');
    expect(document.title).toBe('Kommuner – Kompetensläget');
  });

  it('should redirect the start page to the municipality list', async () => {
    const { currentUrl } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Kommuner' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/municipalities');
  });

  it('should offer all 21 counties and "Alla län" in the county filter', async () => {
    renderApp('/municipalities');

    const select = await countySelect();
    const options = within(select).getAllByRole('option');
    expect(options).toHaveLength(22);
    expect(options[0]).toHaveTextContent('Alla län');
    expect(select).toHaveValue('');
  });

  it('should filter by county and put the county in the URL', async () => {
    const { user, currentUrl } = renderApp('/municipalities');
    await screen.findByText('290 kommuner');

    await user.selectOptions(await countySelect(), 'Norrbottens län');

    expect(await screen.findByText('14 kommuner')).toBeInTheDocument();
    expect(currentUrl()).toBe('/municipalities?county=25');
    expect(bodyRows()).toHaveLength(14);
    expect(namesInTable()).toContain('Luleå');
    expect(screen.getByText('Sida 1 av 1')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Kommuner, filtrerade' })).toBeInTheDocument();
  });

  it('should restore the filters from the URL, as after a reload', async () => {
    renderApp('/municipalities?county=25&q=lu');

    expect(await screen.findByText('1 kommun')).toBeInTheDocument();
    expect(namesInTable()).toEqual(['Luleå']);
    expect(await countySelect()).toHaveValue('25');
    expect(screen.getByRole('searchbox', { name: 'Sök kommun' })).toHaveValue('lu');
  });

  it('should search as the user types, ignoring accents, and keep the search in the URL', async () => {
    const { user, currentUrl } = renderApp('/municipalities');
    await screen.findByText('290 kommuner');

    await user.type(screen.getByRole('searchbox', { name: 'Sök kommun' }), 'lulea');

    expect(await screen.findByText('1 kommun')).toBeInTheDocument();
    expect(namesInTable()).toEqual(['Luleå']);
    expect(currentUrl()).toBe('/municipalities?q=lulea');
  });

  it('should send one request for a word typed quickly, not one per letter', async () => {
    const searches: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const q = new URL(request.url).searchParams.get('q');
      if (q) searches.push(q);
    });
    const { user } = renderApp('/municipalities');
    await screen.findByText('290 kommuner');

    await user.type(screen.getByRole('searchbox', { name: 'Sök kommun' }), 'kiruna');

    expect(await screen.findByText('1 kommun')).toBeInTheDocument();
    expect(searches).toEqual(['kiruna']);
    server.events.removeAllListeners();
  });

  it('should say so when nothing matches', async () => {
    renderApp('/municipalities?q=atlantis');

    expect(await screen.findByText('0 kommuner')).toBeInTheDocument();
    expect(screen.getByText('Inga kommuner matchar filtret.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('should page forwards and back through the list, keeping the page in the URL', async () => {
    const { user, currentUrl } = renderApp('/municipalities');
    await screen.findByText('Sida 1 av 6');
    const firstPage = namesInTable();

    await user.click(screen.getByRole('link', { name: /Nästa/ }));

    expect(await screen.findByText('Sida 2 av 6')).toBeInTheDocument();
    expect(currentUrl()).toBe('/municipalities?page=2');
    await waitFor(() => expect(namesInTable()[0]).not.toBe(firstPage[0]));

    await user.click(screen.getByRole('link', { name: /Föregående/ }));

    expect(await screen.findByText('Sida 1 av 6')).toBeInTheDocument();
    expect(currentUrl()).toBe('/municipalities');
    await waitFor(() => expect(namesInTable()).toEqual(firstPage));
  });

  it('should offer no previous page on the first page and no next page on the last', async () => {
    renderApp('/municipalities?page=6');

    expect(await screen.findByText('Sida 6 av 6')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(40);
    expect(screen.getByRole('link', { name: /Föregående/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Nästa/ })).not.toBeInTheDocument();
  });

  it('should start from the first page when the filter changes', async () => {
    const { user, currentUrl } = renderApp('/municipalities?page=3');
    await screen.findByText('Sida 3 av 6');

    await user.selectOptions(await countySelect(), 'Stockholms län');

    expect(await screen.findByText('26 kommuner')).toBeInTheDocument();
    expect(currentUrl()).toBe('/municipalities?county=01');
  });

  it('should sort by a column when its header is pressed, and reverse on a second press', async () => {
    const { user, currentUrl } = renderApp('/municipalities');
    await screen.findByText('290 kommuner');
    expect(screen.getByRole('columnheader', { name: /Namn/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: /Kod/ }));

    await waitFor(() => expect(namesInTable()[0]).toBe('Upplands Väsby'));
    expect(currentUrl()).toBe('/municipalities?sort=code');
    expect(screen.getByRole('columnheader', { name: /Kod/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: /Kod/ }));

    await waitFor(() => expect(namesInTable()[0]).toBe('Kiruna'));
    expect(currentUrl()).toBe('/municipalities?sort=-code');
    expect(screen.getByRole('columnheader', { name: /Kod/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('should show the problem title, detail and violations when the API refuses the request', async () => {
    server.use(
      http.get('*/api/v1/municipalities', () =>
        problem(400, 'Bad Request', 'The filter is not valid.', [
          { field: 'county', in: 'query', message: 'must be a two-digit SCB county code, e.g. 25' },
        ]),
      ),
    );
    renderApp('/municipalities?county=xx');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bad Request');
    expect(alert).toHaveTextContent('The filter is not valid.');
    expect(alert).toHaveTextContent('county: must be a two-digit SCB county code, e.g. 25');
    // Asking again for an invalid list would give the same answer.
    expect(within(alert).queryByRole('button', { name: 'Försök igen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('should show a general message for an error without problem details, and retry on request', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/municipalities', () => {
        calls += 1;
        return calls === 1 ? new HttpResponse('upstream down', { status: 502 }) : undefined;
      }),
    );
    const { user } = renderApp('/municipalities');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Det gick inte att hämta uppgifterna');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));

    expect(await screen.findByText('290 kommuner')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('should download the filtered list as CSV, asking the API for text/csv without paging', async () => {
    let csvRequest: Request | undefined;
    server.events.on('request:start', ({ request }) => {
      if (request.headers.get('Accept') === 'text/csv') csvRequest = request;
    });
    const createObjectURL = vi.fn(() => 'blob:kommuner');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderApp('/municipalities?county=25&page=1');
    await screen.findByText('14 kommuner');

    await user.click(screen.getByRole('button', { name: 'Ladda ner listan som CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('kommuner-lan-25.csv');
    expect(link.href).toBe('blob:kommuner');
    const url = new URL(csvRequest!.url);
    expect(url.searchParams.get('county')).toBe('25');
    expect(url.searchParams.has('page')).toBe(false);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect((await blob.text()).split('\n').filter(Boolean)).toHaveLength(15);
    server.events.removeAllListeners();
  });
});
