// (a) The service page's error-rate chart with 30 days at one minute: 43,200 points × 3 series
// (5xx %, 4xx %, requests/min). A = ours (LTTB to one point per device pixel, then recharts),
// B = the same typed arrays handed raw to the same chart, alternating A B A B in one page; and
// for the record C = ours at two points per CSS pixel (a high-density screen), after each pair.
export default {
  name: 'error-rate panel, 30 d @ 1 min',
  async run(ctx) {
    const page = await ctx.newPage();
    await ctx.openHarness(page);
    const data = await page.evaluate(() => window.watchfloorBench.errorRate.prepare({ days: 30, stepMs: 60_000 }));
    ctx.log(`  data: ${data.points} points × ${data.series} series`);
    const render = (variant) => page.evaluate((v) => window.watchfloorBench.errorRate.render(v), variant);
    for (let i = 0; i < ctx.warmup; i++) {
      await render('ours');
      await render('raw');
      await render('ours-2x');
    }
    const ours = [];
    const raw = [];
    const ratios = [];
    const twice = [];
    let points = {};
    for (let i = 0; i < ctx.runs; i++) {
      const a = await render('ours');
      const b = await render('raw');
      const c = await render('ours-2x');
      ours.push(a.ms);
      raw.push(b.ms);
      ratios.push(b.ms / a.ms);
      twice.push(c.ms);
      points = { ours: a.pathPoints, raw: b.pathPoints, 'ours-2x': c.pathPoints };
      ctx.log(
        `  pair ${i + 1}: ours ${a.ms.toFixed(1)} ms, raw ${b.ms.toFixed(1)} ms, ratio ${(b.ms / a.ms).toFixed(1)}× (ours at 2 points/px: ${c.ms.toFixed(1)} ms)`,
      );
    }
    await page.context().close();
    return {
      details: { ...data, chartWidthPx: 1200, pointsDrawnPerSeries: points },
      metrics: [
        { name: 'ours: time to rendered SVG', unit: 'ms', runs: ours, goal: { max: 50, label: '≤ 50 ms' } },
        { name: 'raw recharts: time to rendered SVG', unit: 'ms', runs: raw },
        { name: 'raw / ours, per pair', unit: '×', runs: ratios, goal: { min: 10, label: '≥ 10×' } },
        { name: 'ours at 2 points/px (HiDPI)', unit: 'ms', runs: twice },
      ],
    };
  },
};
