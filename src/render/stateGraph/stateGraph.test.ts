import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stateChangingTransitions } from '../../core/endpoint/transitionGraph';
import { layoutGraph } from './layoutGraph';
import type { StateGraph, StateGraphData, StateGraphOptions } from './stateGraph';
import { createStateGraph } from './stateGraph';

const DATA: StateGraphData = {
  client: 'ESTABLISHED',
  server: 'FIN_WAIT_1',
  lastTransitions: [{ side: 'server', from: 'ESTABLISHED', to: 'FIN_WAIT_1', key: 'established.close' }],
  taken: {
    client: ['CLOSED>SYN_SENT', 'SYN_SENT>ESTABLISHED'],
    server: ['CLOSED>LISTEN', 'LISTEN>SYN_RCVD', 'SYN_RCVD>ESTABLISHED', 'ESTABLISHED>FIN_WAIT_1'],
  },
  step: 7,
};

let container: HTMLElement;
let graph: StateGraph | undefined;

function mount(options: StateGraphOptions = {}): StateGraph {
  graph = createStateGraph(container, { reducedMotion: true, idPrefix: 'sg', ...options });
  return graph;
}

const q = <T extends Element = Element>(sel: string) => container.querySelector<T>(sel);
const qa = (sel: string) => [...container.querySelectorAll(sel)];
const edge = (id: string) => q(`path[data-edge="${id}"]`)!;
const marker = (side: string) => q(`[data-endpoint-marker="${side}"]`)!;

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});

afterEach(() => {
  graph?.destroy();
  graph = undefined;
  container.remove();
});

describe('createStateGraph', () => {
  it('renders the same SVG for the same inputs', () => {
    mount({ describeState: (s) => `About ${s}` }).update(DATA);
    expect(container.innerHTML).toMatchSnapshot();
  });

  it('draws the eleven states, each focusable and named', () => {
    mount().update(DATA);
    const nodes = qa('.tsl-node[data-state]');
    expect(nodes.map((n) => n.getAttribute('data-state'))).toEqual([
      'CLOSED',
      'LISTEN',
      'SYN_SENT',
      'SYN_RCVD',
      'ESTABLISHED',
      'FIN_WAIT_1',
      'FIN_WAIT_2',
      'CLOSE_WAIT',
      'CLOSING',
      'LAST_ACK',
      'TIME_WAIT',
    ]);
    for (const n of nodes) {
      expect(n.getAttribute('tabindex')).toBe('0');
      expect(n.getAttribute('aria-label')).toContain(n.getAttribute('data-state'));
    }
    expect(q('[data-state="ESTABLISHED"]')!.getAttribute('aria-label')).toBe('ESTABLISHED (client)');
  });

  it('draws one path per (from, to) pair of the statechart', () => {
    mount().update(DATA);
    const pairs = new Set(
      stateChangingTransitions()
        .filter((t) => t.from !== t.to)
        .map((t) => `${t.from}>${t.to}`),
    );
    const drawn = qa('[data-edge]').map((p) => p.getAttribute('data-edge')!);
    expect(drawn).toHaveLength(pairs.size);
    expect(new Set(drawn)).toEqual(pairs);
  });

  it('puts an arrowhead on every edge', () => {
    mount().update(DATA);
    for (const p of qa('[data-edge]')) expect(p.getAttribute('marker-end')).toMatch(/^url\(#sg-arrow-/);
    expect(qa('marker')).toHaveLength(4);
  });

  it('places each endpoint marker on its state, with its own shape and letter', () => {
    mount().update(DATA);
    const layout = layoutGraph('wide');
    const spot = (state: string, side: 'client' | 'server') =>
      layout.nodes.find((n) => n.state === state)!.markers[side];
    const c = marker('client');
    const s = marker('server');
    expect(c.getAttribute('data-state')).toBe('ESTABLISHED');
    expect(s.getAttribute('data-state')).toBe('FIN_WAIT_1');
    expect(c.querySelector('circle')).not.toBeNull();
    expect(s.querySelector('path')).not.toBeNull();
    expect(c.textContent).toContain('C');
    expect(s.textContent).toContain('S');
    expect(c.getAttribute('aria-label')).toBe('client: ESTABLISHED');
    const at = spot('ESTABLISHED', 'client');
    expect(c.getAttribute('transform')).toBe(`translate(${at.x},${at.y})`);
  });

  it('moves the markers to the new states on update', () => {
    const g = mount();
    g.update(DATA);
    g.update({ ...DATA, client: 'CLOSE_WAIT', server: 'FIN_WAIT_2' });
    const layout = layoutGraph('wide');
    const spot = (state: string, side: 'client' | 'server') =>
      layout.nodes.find((n) => n.state === state)!.markers[side];
    expect(marker('client').getAttribute('data-state')).toBe('CLOSE_WAIT');
    expect(marker('server').getAttribute('data-state')).toBe('FIN_WAIT_2');
    const at = spot('FIN_WAIT_2', 'server');
    expect(marker('server').getAttribute('transform')).toBe(`translate(${at.x},${at.y})`);
    expect(qa('[data-endpoint-marker]')).toHaveLength(2);
  });

  it('lets both markers sit on one state', () => {
    mount().update({ client: 'CLOSED', server: 'CLOSED' });
    expect(marker('client').getAttribute('transform')).not.toBe(marker('server').getAttribute('transform'));
    expect(q('[data-state="CLOSED"].tsl-node')!.getAttribute('aria-label')).toBe('CLOSED (client, server)');
  });

  it('names the endpoints and the graph in the words it is given', () => {
    mount({ labels: { client: 'Klient', server: 'Server', graph: 'TCP-Zustände' } }).update(DATA);
    expect(marker('client').getAttribute('aria-label')).toBe('Klient: ESTABLISHED');
    expect(q('.tsl-node[data-state="ESTABLISHED"]')!.getAttribute('aria-label')).toBe('ESTABLISHED (Klient)');
    expect(q('svg')!.getAttribute('aria-label')).toBe('TCP-Zustände');
  });

  it('puts the marker letters it is given inside the markers', () => {
    mount({ labels: { marks: { client: '客', server: '服' } } }).update(DATA);
    expect(marker('client').querySelector('text')!.textContent).toBe('客');
    expect(marker('server').querySelector('text')!.textContent).toBe('服');
  });

  it('draws edge labels and tooltips through translateLabel, sized for wide characters', () => {
    const tr = (w: string) =>
      w === 'rcv SYN / snd SYN,ACK' ? '收到 SYN / 发送 SYN,ACK' : w.replace('Figure', '图');
    mount({ translateLabel: tr, layout: 'wide' }).update(DATA);
    const label = q('[data-label="LISTEN>SYN_RCVD"]')!;
    expect(label.textContent).toContain('收到 SYN');
    expect(label.textContent).toContain('发送 SYN,ACK');
    expect(label.textContent).not.toContain('rcv');
    const title = edge('LISTEN>SYN_RCVD').querySelector('title')!.textContent;
    expect(title).toContain('收到 SYN / 发送 SYN,ACK');
    const english = layoutGraph('wide').edges.find((e) => e.id === 'LISTEN>SYN_RCVD')!.label!.box;
    expect(Number(label.querySelector('rect')!.getAttribute('width'))).toBeGreaterThan(english.width);
    expect(qa('title').some((t) => t.textContent?.includes('图 5'))).toBe(true);
  });

  it('removes the marker of an endpoint that is left out', () => {
    const g = mount();
    g.update(DATA);
    g.update({ client: 'CLOSED' });
    expect(qa('[data-endpoint-marker]').map((m) => m.getAttribute('data-endpoint-marker'))).toEqual([
      'client',
    ]);
  });

  it('marks taken edges per endpoint', () => {
    mount().update(DATA);
    expect(edge('CLOSED>SYN_SENT').getAttribute('data-taken')).toBe('client');
    expect(edge('LISTEN>SYN_RCVD').getAttribute('data-taken')).toBe('server');
    expect(edge('LISTEN>SYN_SENT').getAttribute('data-taken')).toBeNull();
    const g = edge('CLOSED>SYN_SENT').parentElement!;
    expect(g.classList.contains('is-taken-client')).toBe(true);
    expect(g.classList.contains('is-taken-server')).toBe(false);
  });

  it('shows both endpoints on an edge both have taken', () => {
    mount().update({
      client: 'FIN_WAIT_1',
      server: 'FIN_WAIT_1',
      taken: {
        client: ['ESTABLISHED>FIN_WAIT_1'],
        server: ['ESTABLISHED>FIN_WAIT_1'],
      },
    });
    const g = edge('ESTABLISHED>FIN_WAIT_1').parentElement!;
    expect(edge('ESTABLISHED>FIN_WAIT_1').getAttribute('data-taken')).toBe('client server');
    expect(g.querySelectorAll('.tsl-edge-overlay')).toHaveLength(2);
    expect(g.classList.contains('is-taken-client') && g.classList.contains('is-taken-server')).toBe(true);
  });

  it('lights the edges of the current step in the endpoint colour, and only those', () => {
    const g = mount();
    g.update(DATA);
    expect(edge('ESTABLISHED>FIN_WAIT_1').getAttribute('data-lit')).toBe('server');
    expect(edge('ESTABLISHED>FIN_WAIT_1').getAttribute('marker-end')).toBe('url(#sg-arrow-server)');
    g.update({ ...DATA, lastTransitions: [] });
    expect(edge('ESTABLISHED>FIN_WAIT_1').getAttribute('data-lit')).toBeNull();
    expect(edge('ESTABLISHED>FIN_WAIT_1').getAttribute('marker-end')).toBe('url(#sg-arrow-edge)');
  });

  it('hides secondary edges until taken', () => {
    const g = mount();
    g.update(DATA);
    const reset = edge('ESTABLISHED>CLOSED');
    expect(reset.getAttribute('data-kind')).toBe('secondary');
    expect(reset.parentElement!.classList.contains('is-shown')).toBe(false);
    g.update({ client: 'CLOSED', taken: { client: ['ESTABLISHED>CLOSED'] } });
    expect(reset.parentElement!.classList.contains('is-shown')).toBe(true);
    expect(q('[data-label="ESTABLISHED>CLOSED"]')!.classList.contains('is-hidden')).toBe(false);
  });

  it('draws secondary edges from the start with showSecondary', () => {
    mount({ showSecondary: true }).update(DATA);
    expect(edge('ESTABLISHED>CLOSED').parentElement!.classList.contains('is-shown')).toBe(true);
  });

  it('calls onStateSelect on click, Enter and Space', () => {
    const onStateSelect = vi.fn();
    mount({ onStateSelect }).update(DATA);
    const listen = q<SVGGElement>('.tsl-node[data-state="LISTEN"]')!;
    listen.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    listen.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    listen.dispatchEvent(space);
    expect(onStateSelect.mock.calls).toEqual([['LISTEN'], ['LISTEN'], ['LISTEN']]);
    expect(space.defaultPrevented).toBe(true);
  });

  it('describes a state on focus and hover, and hides the description on blur and leave', () => {
    mount({ describeState: (s) => `About ${s}` }).update(DATA);
    const node = q<SVGGElement>('.tsl-node[data-state="TIME_WAIT"]')!;
    const tip = q<HTMLElement>('[role="tooltip"]')!;
    expect(tip.hidden).toBe(true);
    node.dispatchEvent(new FocusEvent('focus'));
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toBe('TIME_WAIT — About TIME_WAIT');
    expect(node.getAttribute('aria-describedby')).toBe(tip.id);
    node.dispatchEvent(new FocusEvent('blur'));
    expect(tip.hidden).toBe(true);
    expect(node.hasAttribute('aria-describedby')).toBe(false);
    node.dispatchEvent(new MouseEvent('mouseenter'));
    expect(tip.hidden).toBe(false);
    node.dispatchEvent(new MouseEvent('mouseleave'));
    expect(tip.hidden).toBe(true);
  });

  it('changes nothing when updated twice with the same data', () => {
    const g = mount();
    g.update(DATA);
    const once = container.innerHTML;
    g.update(DATA);
    expect(container.innerHTML).toBe(once);
  });

  it('uses the compact layout on request', () => {
    mount({ layout: 'compact' }).update(DATA);
    const svg = q('svg')!;
    expect(svg.getAttribute('data-layout')).toBe('compact');
    expect(svg.getAttribute('viewBox')).toBe(layoutGraph('compact').viewBox.join(' '));
    expect(q('[data-label="LISTEN>SYN_RCVD"]')!.textContent).toBe('rcv SYN');
  });

  it('animates a marker to its new state when motion is allowed', async () => {
    const g = mount({ reducedMotion: false });
    g.update(DATA);
    g.update({ ...DATA, client: 'CLOSE_WAIT', step: 8 });
    const at = layoutGraph('wide').nodes.find((n) => n.state === 'CLOSE_WAIT')!.markers.client;
    const target = `translate(${at.x},${at.y})`;
    await vi.waitFor(() => expect(marker('client').getAttribute('transform')).toBe(target), {
      timeout: 2000,
    });
  });

  it('removes everything, listeners included, on destroy', () => {
    const onStateSelect = vi.fn();
    const g = mount({ onStateSelect });
    g.update(DATA);
    const node = q('.tsl-node[data-state="LISTEN"]')!;
    g.destroy();
    graph = undefined;
    expect(container.innerHTML).toBe('');
    node.dispatchEvent(new MouseEvent('click'));
    expect(onStateSelect).not.toHaveBeenCalled();
    expect(() => g.update(DATA)).not.toThrow();
    expect(container.innerHTML).toBe('');
  });
});
