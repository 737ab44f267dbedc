import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { AppProvider } from '@/app/provider';
import { loadEcharts } from '@/lib/charts/load-echarts';
import { createQueryClient } from '@/lib/query-client';
import { server } from '@/testing/mocks/server';
import { CountyShareMap } from './county-share-map';

vi.mock('@/lib/charts/load-echarts', () => ({ loadEcharts: vi.fn() }));

const borders = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: '2580', name: 'Luleå', county_code: '25' }, geometry: null },
    { type: 'Feature', properties: { code: '0180', name: 'Stockholm', county_code: '01' }, geometry: null },
  ],
};

/** A stand-in for echarts: records the map registered and the options drawn. */
function fakeEcharts() {
  const drawn: { registered?: unknown; options?: unknown } = {};
  const echarts = {
    registerMap: (_name: string, map: unknown) => (drawn.registered = map),
    init: () => ({
      setOption: (options: unknown) => (drawn.options = options),
      resize: () => undefined,
      dispose: () => undefined,
    }),
  };
  return { echarts: echarts as unknown as Awaited<ReturnType<typeof loadEcharts>>, drawn };
}

function renderMap() {
  const queryClient = createQueryClient({ queries: { retry: false } });
  return render(
    <AppProvider queryClient={queryClient}>
      <CountyShareMap
        title="Andel inhyrd personal i Norrbottens län"
        countyCode="25"
        shares={[{ code: '2580', share: 3.39 }]}
      />
    </AppProvider>,
  );
}

describe('CountyShareMap', () => {
  beforeEach(() => {
    vi.mocked(loadEcharts).mockReset();
    // jsdom lays nothing out: the map's box is given the width a browser would.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(640);
  });

  it('should offer a retry when the borders could not be fetched, and draw the county once they are', async () => {
    const { echarts, drawn } = fakeEcharts();
    vi.mocked(loadEcharts).mockResolvedValue(echarts);
    let requests = 0;
    server.use(
      http.get('*/geo/municipalities.geo.json', () => {
        requests += 1;
        return requests === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(borders);
      }),
    );
    renderMap();

    expect(
      await screen.findByText('Kartan kunde inte visas. Siffrorna finns i tabellen.'),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Försök igen' }));

    expect(
      await screen.findByRole('img', { name: /Andel inhyrd personal i Norrbottens län/ }),
    ).toBeInTheDocument();
    expect(requests).toBe(2);
    await vi.waitFor(() => expect(drawn.registered).toBeDefined());
    // Only the county's own municipalities are on its map.
    expect((drawn.registered as typeof borders).features.map((feature) => feature.properties.code)).toEqual([
      '2580',
    ]);
    expect(screen.queryByText(/Kartan kunde inte visas/)).not.toBeInTheDocument();
  });

  it('should offer a retry when the charts could not be fetched, and draw the map when asked again', async () => {
    const { echarts, drawn } = fakeEcharts();
    vi.mocked(loadEcharts)
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(echarts);
    server.use(http.get('*/geo/municipalities.geo.json', () => HttpResponse.json(borders)));
    renderMap();

    expect(
      await screen.findByText('Kartan kunde inte visas. Siffrorna finns i tabellen.'),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Försök igen' }));

    expect(
      await screen.findByRole('img', { name: /Andel inhyrd personal i Norrbottens län/ }),
    ).toBeInTheDocument();
    await vi.waitFor(() => expect(drawn.options).toBeDefined());
    expect(loadEcharts).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/Kartan kunde inte visas/)).not.toBeInTheDocument();
  });
});
