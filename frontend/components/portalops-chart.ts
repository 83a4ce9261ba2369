// <portalops-chart>: renders an Apache ECharts option set from the server (shared.ui.chart.Chart) as SVG, follows the
// app's light/dark switch (the theme attribute Vaadin's Page.setColorScheme puts on <html>), resizes with its box, and
// reports clicks on a bar, point or slice as a 'chart-click' event so the server can drill down.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Option = Record<string, any>;

const counts = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

function formatter(format: string): (value: number) => string {
  switch (format) {
    case 'MONEY':
      return (value) => compact.format(value);
    case 'PERCENT':
      return (value) => `${Math.round(value)} %`;
    default:
      return (value) => counts.format(value);
  }
}

// Below this width a donut's slice labels are cut ("Reje…"): the slices get a legend underneath instead, and the values
// stay in the tooltip.
const NARROW = 480;

// Functions cannot travel as JSON: the server names the format, and the formatters are set here.
function withFormatters(source: Option, narrow: boolean): Option {
  const option: Option = structuredClone(source);
  const settings = option.portalops ?? {};
  delete option.portalops;
  const format = formatter(settings.format ?? 'COUNT');
  if (option.tooltip) {
    option.tooltip.valueFormatter = (value: number) => format(value);
  }
  if (settings.valueAxis && option[settings.valueAxis]) {
    option[settings.valueAxis].axisLabel = { formatter: (value: number) => format(value) };
  }
  for (const series of option.series ?? []) {
    if (series.type === 'pie' && narrow) {
      series.label = { show: false };
      series.labelLine = { show: false };
      series.center = ['50%', '40%'];
      option.legend = { type: 'scroll', bottom: 0, left: 'center', itemWidth: 12, itemHeight: 12 };
    } else if (series.type === 'pie') {
      series.label.formatter = (p: { name: string; value: number; percent: number }) =>
        `${p.name}\n${format(p.value)} (${Math.round(p.percent)} %)`;
    } else if (series.label?.show) {
      series.label.formatter = (p: { value: number }) => (p.value ? format(p.value) : '');
    }
  }
  return option;
}

function darkScheme(): boolean {
  const root = document.documentElement;
  return (root.getAttribute('theme') ?? '').split(' ').includes('dark') || root.style.colorScheme === 'dark';
}

class PortalopsChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private dark = false;
  private chartOption: Option | null = null;
  private narrow = false;
  // Crossing the narrow width redraws with the other label style; any other resize only resizes.
  private resizeObserver = new ResizeObserver(() => {
    if (this.isNarrow() !== this.narrow) {
      this.render(false);
    } else {
      this.chart?.resize();
    }
  });
  private themeObserver = new MutationObserver(() => {
    if (darkScheme() !== this.dark) {
      this.render(true);
    }
  });

  set option(value: Option | null) {
    this.chartOption = value;
    this.render(false);
  }

  get option(): Option | null {
    return this.chartOption;
  }

  connectedCallback() {
    this.resizeObserver.observe(this);
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style'] });
    this.render(true);
  }

  private isNarrow(): boolean {
    return this.clientWidth > 0 && this.clientWidth < NARROW;
  }

  disconnectedCallback() {
    this.resizeObserver.disconnect();
    this.themeObserver.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private render(recreate: boolean) {
    if (!this.isConnected || !this.chartOption) {
      return;
    }
    // A theme switch redraws at once; only the first drawing animates.
    const animate = !this.chart;
    if (recreate || !this.chart) {
      this.chart?.dispose();
      this.dark = darkScheme();
      this.chart = echarts.init(this, this.dark ? 'dark' : undefined, { renderer: 'svg' });
      this.chart.on('click', (params: { seriesIndex?: number; dataIndex?: number }) => {
        this.dispatchEvent(new CustomEvent('chart-click', {
          detail: { seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex ?? 0 },
        }));
      });
      // 'rendered' (and 'dark' for the dark theme) tell tests and styles when the drawing is complete.
      this.chart.on('finished', () => this.setAttribute('rendered', ''));
    }
    this.removeAttribute('rendered');
    this.toggleAttribute('dark', this.dark);
    this.narrow = this.isNarrow();
    this.toggleAttribute('narrow', this.narrow);
    this.chart.resize();
    const option = withFormatters(this.chartOption, this.narrow);
    this.chart.setOption({ ...option, backgroundColor: 'transparent', animation: animate && option.animation !== false }, true);
  }
}

customElements.define('portalops-chart', PortalopsChart);
