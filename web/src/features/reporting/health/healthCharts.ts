import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Title,
  Tooltip,
  type Plugin,
} from 'chart.js';

// Chart.js is tree-shaken: register what the health charts draw, once.
ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Title, Tooltip, Legend);

/** A correction drawn on a weekly axis: at the week (its Monday, YYYY-MM-DD) holding the effective date. */
export interface WeekMarker {
  week: string;
  label: string;
}

/** The Monday (UTC) of the week holding a YYYY-MM-DD date, as YYYY-MM-DD: the label the weekly series use. */
export function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

/** A small plugin drawing each marker as a dashed vertical line with its label at the top of the chart. */
export function correctionLines(markers: WeekMarker[]): Plugin<'bar' | 'line'> {
  return {
    id: 'correctionLines',
    afterDatasetsDraw(chart) {
      const labels = (chart.data.labels ?? []) as string[];
      const xScale = chart.scales['x'];
      if (!xScale || markers.length === 0) return;
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.strokeStyle = '#8a3b12';
      ctx.fillStyle = '#8a3b12';
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.font = '12px system-ui, sans-serif';
      ctx.textAlign = 'left';
      markers.forEach((marker, n) => {
        const index = labels.indexOf(marker.week);
        if (index < 0) return;
        // Bars stand in the middle of their week: the line goes where the week begins, half a step left.
        const step = labels.length > 1 ? xScale.getPixelForValue(1) - xScale.getPixelForValue(0) : 0;
        const centred = (chart.config as { type?: string }).type === 'bar';
        const x = xScale.getPixelForValue(index) - (centred ? step / 2 : 0);
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        const y = chartArea.top + 12 + 16 * n;
        const width = ctx.measureText(marker.label).width;
        ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
        ctx.fillRect(x + 2, y - 11, width + 4, 15);
        ctx.fillStyle = '#8a3b12';
        ctx.fillText(marker.label, x + 4, y);
      });
      ctx.restore();
    },
  };
}

export const chartColours = {
  mentors: '#1f6f8b',
  mentees: '#c05a1a',
  planned: '#9aa5b1',
  held: '#2f7d32',
  cancellations: '#b3261e',
  noShows: '#7b5ea7',
  pulse: '#1f6f8b',
  mean: '#333333',
};
