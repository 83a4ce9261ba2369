// <portalops-calendar>: a FullCalendar (MIT) month, week and list view of all-day deadlines handed over by the server
// (shared.ui.calendar.CalendarBoard). The server owns the events: when the visible range changes this element asks for
// it with a 'range-change' event, and a click on an item is reported as 'item-click' with the item's id, so that the
// server (which knows what the caller may open) navigates.
import { Calendar, type EventInput, type DatesSetArg, type EventClickArg } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';

class PortalopsCalendar extends HTMLElement {
  private calendar?: Calendar;
  private items: EventInput[] = [];
  private initialView = 'dayGridMonth';
  private initialDate?: string;
  // FullCalendar sets pixel widths when it renders and re-measures only on a window resize; the page's scrollbar
  // appearing after the items arrive, or the drawer closing, changes this element's width without one
  private resizeObserver = new ResizeObserver(() => this.calendar?.updateSize());

  set events(value: EventInput[] | null) {
    this.items = value ?? [];
    if (this.calendar) {
      this.calendar.removeAllEventSources();
      this.calendar.addEventSource(this.items);
      this.setAttribute('rendered', '');
    }
  }

  get events(): EventInput[] {
    return this.items;
  }

  set view(value: string) {
    this.initialView = value;
    this.calendar?.changeView(value);
  }

  get view(): string {
    return this.calendar?.view.type ?? this.initialView;
  }

  set date(value: string | undefined) {
    this.initialDate = value;
    if (value) {
      this.calendar?.gotoDate(value);
    }
  }

  get date(): string | undefined {
    return this.initialDate;
  }

  connectedCallback() {
    if (this.calendar) {
      return;
    }
    this.calendar = new Calendar(this, {
      plugins: [dayGridPlugin, listPlugin],
      initialView: this.initialView,
      initialDate: this.initialDate,
      firstDay: 1,
      height: 'auto',
      dayMaxEvents: 4,
      allDayText: '',
      displayEventTime: false,
      headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,dayGridWeek,listMonth' },
      buttonText: { today: 'Today', dayGridMonth: 'Month', dayGridWeek: 'Week', listMonth: 'List' },
      views: { listMonth: { noEventsContent: 'No deadlines in this range' } },
      events: this.items,
      eventClick: (info: EventClickArg) => {
        info.jsEvent.preventDefault();
        this.dispatchEvent(new CustomEvent('item-click', { detail: { id: info.event.id } }));
      },
      datesSet: (info: DatesSetArg) => {
        const day = (d: Date) =>
          `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        this.dispatchEvent(new CustomEvent('range-change', {
          detail: { start: day(info.start), end: day(info.end), view: info.view.type },
        }));
      },
    });
    this.calendar.render();
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this.resizeObserver.disconnect();
    this.calendar?.destroy();
    this.calendar = undefined;
  }
}

customElements.define('portalops-calendar', PortalopsCalendar);
