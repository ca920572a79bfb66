#!/usr/bin/env bash
# Captures real Linux TCP exchanges between two network namespaces and writes one JSON fixture per
# exchange to tests/fixtures/linux/. Method and results: docs/linux-captures.md.
#
#   sudo bash scripts/linux-capture/run.sh                      # every exchange, every link mode
#   sudo bash scripts/linux-capture/run.sh half-close refused   # only these exchanges
#   sudo LINKS=veth bash scripts/linux-capture/run.sh           # only this link mode
#
# Environment: OUT=DIR (default tests/fixtures/linux), KEEP=1 (keep the work dir with the pcaps and
# raw logs), TRIES=N (attempts at crossing FINs for simultaneous-close, default 40), LINKS (below).
#
# Link modes (LINKS, default "veth relay" when the kernel has no sch_netem, else "veth"):
#   veth   tsl-client: tsl-c0 192.0.2.1/24 <== veth ==> tsl-s0 192.0.2.2/24 :tsl-server
#          with `tc qdisc ... netem delay 50ms` on both ends if sch_netem exists (else no delay).
#          Fixtures: OUT/<name>.json
#   relay  the same two endpoints, each on its own veth to a middle namespace tsl-link where
#          delay_relay.py forwards every frame 50 ms late in each direction (netem in user space).
#          Fixtures: OUT/<name>.delay50ms.json
#
# For each exchange (and each attempt) it builds fresh namespaces, so no TIME_WAIT socket or cached
# route metric (RTT) is carried from one connection to the next. Only these namespaces carry
# traffic; nothing is routed outside them. They are deleted on exit, also on failure or Ctrl-C.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
OUT=${OUT:-$REPO/tests/fixtures/linux}
TRIES=${TRIES:-40}

CNS=tsl-client SNS=tsl-server LNS=tsl-link
CDEV=tsl-c0 SDEV=tsl-s0 LCDEV=tsl-lc LSDEV=tsl-ls
CMAC=02:00:00:00:00:01 SMAC=02:00:00:00:00:02
CIP=192.0.2.1 SIP=192.0.2.2
PORT=9000
DELAY_MS=50

# The settings that make the wire look like the simulator's model: no options but MSS, no ECN.
SYSCTLS=(
  net.ipv4.tcp_timestamps=0
  net.ipv4.tcp_sack=0
  net.ipv4.tcp_window_scaling=0
  net.ipv4.tcp_ecn=0
)
# Recorded (at their defaults) in each fixture, because the behaviour depends on them.
RECORDED=(
  net.ipv4.tcp_timestamps net.ipv4.tcp_sack net.ipv4.tcp_window_scaling net.ipv4.tcp_ecn
  net.ipv4.tcp_syncookies net.ipv4.tcp_fin_timeout net.ipv4.tcp_retries2 net.ipv4.tcp_orphan_retries
  net.ipv4.tcp_syn_retries net.ipv4.tcp_synack_retries net.ipv4.tcp_rfc1337 net.ipv4.tcp_tw_reuse
  net.ipv4.tcp_abort_on_overflow net.ipv4.tcp_rmem net.ipv4.tcp_wmem net.ipv4.tcp_congestion_control
  net.ipv4.tcp_ehash_entries net.ipv4.tcp_syn_linear_timeouts net.ipv4.tcp_pingpong_thresh
)

log() { printf '==> %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

[[ $(id -u) == 0 ]] || die "run as root: sudo bash $0"

# --- tools ---------------------------------------------------------------------------------------
need_pkg() { # need_pkg COMMAND DEBIAN_PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  command -v apt-get >/dev/null 2>&1 || die "$1 is missing (Debian package $2)"
  log "installing $2"
  [[ -n ${APT_UPDATED:-} ]] || { apt-get update -qq && APT_UPDATED=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need_pkg ip iproute2
need_pkg tc iproute2
need_pkg tshark tshark
need_pkg nft nftables
need_pkg ethtool ethtool
need_pkg python3 python3

# A namespace created while net.ipv4.tcp_child_ehash_entries is non-zero gets its own small TCP hash
# table instead of sharing the host's (262144 buckets here). Reading /proc/net/tcp (poll_states.py)
# then costs ~0.1 ms instead of ~3.5 ms of CPU, so the observers do not load the 2 cores and delay the
# socket programs. TCP behaves the same; the host value is restored right after the two `ip netns add`.
EHASH_OLD=$(sysctl -n net.ipv4.tcp_child_ehash_entries 2>/dev/null || true)

restore_ehash() {
  [[ -z $EHASH_OLD ]] || sysctl -qw net.ipv4.tcp_child_ehash_entries="$EHASH_OLD" || true
}

# --- cleanup -------------------------------------------------------------------------------------
WORK=$(mktemp -d /tmp/tsl-capture.XXXXXX)
PIDS=()
NETEM=unknown
LINK=veth

teardown_netns() {
  local ns
  for ns in "$CNS" "$SNS" "$LNS" tsl-probe; do
    ip netns del "$ns" 2>/dev/null || true
  done
}

kill_bg() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  kill_bg
  teardown_netns
  restore_ehash
  if [[ -n ${KEEP:-} ]]; then
    log "work dir kept: $WORK"
  else
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- namespaces ----------------------------------------------------------------------------------
# Is sch_netem there? Try it once on a throw-away veth pair.
probe_netem() {
  ip netns add tsl-probe
  ip -n tsl-probe link add tsl-p0 type veth peer name tsl-p1
  if ip netns exec tsl-probe tc qdisc add dev tsl-p0 root netem delay 1ms 2>/dev/null; then
    NETEM=yes
  else
    NETEM=no
  fi
  ip netns del tsl-probe
}

# Endpoint settings, inside namespace $1 on device $2 with address $3 and MAC $4.
setup_endpoint() {
  local ns=$1 dev=$2 addr=$3 mac=$4 s
  ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  for s in "${SYSCTLS[@]}"; do
    ip netns exec "$ns" sysctl -qw "$s"
  done
  ip -n "$ns" link set lo up
  ip -n "$ns" link set "$dev" address "$mac" mtu 1500
  ip -n "$ns" addr add "$addr/24" dev "$dev"
  # Segments as TCP sent them: no segmentation offload on transmit, no aggregation on receive, and
  # checksums filled in by the stack (tx off), so a frame copied by delay_relay.py is still valid.
  ip netns exec "$ns" ethtool -K "$dev" tx off tso off gso off gro off >/dev/null 2>&1 || true
  ip -n "$ns" link set "$dev" up
  if [[ $LINK == veth && $NETEM == yes ]]; then
    ip netns exec "$ns" tc qdisc add dev "$dev" root netem delay "${DELAY_MS}ms"
  fi
}

setup_netns() {
  teardown_netns
  [[ -z $EHASH_OLD ]] || sysctl -qw net.ipv4.tcp_child_ehash_entries=256
  ip netns add "$CNS"
  ip netns add "$SNS"
  restore_ehash
  if [[ $LINK == veth ]]; then
    ip link add "$CDEV" netns "$CNS" type veth peer name "$SDEV" netns "$SNS"
  else
    ip netns add "$LNS"
    ip link add "$CDEV" netns "$CNS" type veth peer name "$LCDEV" netns "$LNS"
    ip link add "$SDEV" netns "$SNS" type veth peer name "$LSDEV" netns "$LNS"
    ip netns exec "$LNS" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    local dev
    for dev in "$LCDEV" "$LSDEV"; do
      ip netns exec "$LNS" ethtool -K "$dev" tx off tso off gso off gro off >/dev/null 2>&1 || true
      ip -n "$LNS" link set "$dev" mtu 1500 promisc on up
    done
  fi
  setup_endpoint "$CNS" "$CDEV" "$CIP" "$CMAC"
  setup_endpoint "$SNS" "$SDEV" "$SIP" "$SMAC"
  # Fixed neighbour entries: no ARP exchange before the SYN (it would be delayed too in relay mode).
  ip -n "$CNS" neigh replace "$SIP" lladdr "$SMAC" dev "$CDEV" nud permanent
  ip -n "$SNS" neigh replace "$CIP" lladdr "$CMAC" dev "$SDEV" nud permanent
}

write_meta() { # write_meta FILE: kernel, sysctls as read back inside the server namespace, link
  local args=() k v
  for k in "${RECORDED[@]}"; do
    v=$(ip netns exec "$SNS" sysctl -n "$k" 2>/dev/null | tr '\t' ' ') || v='(not in this kernel)'
    args+=("$k=$v")
  done
  local offload
  offload=$(ip netns exec "$SNS" ethtool -k "$SDEV" 2>/dev/null |
    grep -E '^(tx-checksumming|tcp-segmentation-offload|generic-segmentation-offload|generic-receive-offload):' |
    tr '\n' ';' || true)
  local hz
  hz=$( (zcat /proc/config.gz 2>/dev/null || cat "/boot/config-$(uname -r)" 2>/dev/null || true) |
    sed -n 's/^CONFIG_HZ=//p')
  python3 - "$1" "$(uname -r)" "$NETEM" "$DELAY_MS" "$offload" "${hz:-unknown}" "$LINK" "${args[@]}" <<'PY'
import json, sys
out, kernel, netem, delay, offload, hz, mode, *kv = sys.argv[1:]
sysctls = {}
for item in kv:
    k, v = item.split('=', 1)
    sysctls[k] = int(v) if v.lstrip('-').isdigit() else v
offload = offload.strip(';').replace(';', ', ')
delay = int(delay)
if mode == 'veth':
    link = ('one veth pair between network namespaces tsl-client (192.0.2.1) and tsl-server (192.0.2.2), '
            f'MTU 1500, offloads: {offload}; ')
    if netem == 'yes':
        link += f'tc netem delay {delay}ms on both veth ends ({2 * delay} ms RTT)'
    else:
        link += ('no added delay: sch_netem is not available in this kernel (CONFIG_NET_SCH_NETEM unset), '
                 'RTT well under 1 ms')
    netem_ms, one_way = (delay, delay) if netem == 'yes' else (0, 0)
else:
    link = ('tsl-client (192.0.2.1) and tsl-server (192.0.2.2) each on a veth to a middle namespace tsl-link, '
            f'where scripts/linux-capture/delay_relay.py forwards every Ethernet frame {delay} ms late in each '
            f'direction ({2 * delay} ms RTT; netem done in user space because this kernel has no sch_netem); '
            f'MTU 1500, offloads: {offload}')
    netem_ms, one_way = 0, delay
json.dump({'kernel': kernel, 'kernelHz': int(hz) if hz.isdigit() else hz, 'sysctls': sysctls,
           'netemDelayMs': netem_ms, 'oneWayDelayMs': one_way, 'linkMode': mode, 'link': link,
           'capturedOn': 'tshark on tsl-s0, the server-side veth (segments, tMs), and on tsl-c0, the '
                         'client-side veth (tSentMs of c>s segments)'},
          open(out, 'w'), indent=2)
PY
}

# --- one exchange --------------------------------------------------------------------------------
# Sockets on port 9000 that are still busy (anything but LISTEN and TIME_WAIT) in namespace $1.
busy_sockets() {
  ip netns exec "$1" awk 'NR > 1 { split($2, l, ":"); split($3, r, ":");
    if ((l[2] == "2328" || r[2] == "2328") && $4 != "06" && $4 != "0A") n++ } END { print n + 0 }' /proc/net/tcp
}

wait_for_file() { # wait_for_file PATH SECONDS
  local i
  for ((i = 0; i < $2 * 100; i++)); do
    [[ -e $1 ]] && return 0
    sleep 0.01
  done
  return 1
}

arm_drop_final_ack() {
  # Drop, once, the first pure ACK the client sends after its own FIN: the ACK of the server's FIN.
  # Bit 0x1 of the conntrack mark = "client has sent its FIN", bit 0x2 = "already dropped one".
  ip netns exec "$CNS" nft -f - <<EOF
table inet tsl {
  chain out {
    type filter hook output priority 0; policy accept;
    tcp dport $PORT tcp flags & fin == fin ct mark set ct mark | 0x1
    tcp dport $PORT tcp flags & (syn | fin | rst | psh | ack) == ack ct mark & 0x3 == 0x1 ct mark set ct mark | 0x2 counter drop
  }
}
EOF
}

start_capture() { # start_capture NS DEV PCAP
  local i
  ip netns exec "$1" tshark -i "$2" -f "tcp port $PORT" -F pcap -w "$3" >"$3.log" 2>&1 &
  PIDS+=($!)
  for ((i = 0; i < 1000; i++)); do
    grep -q 'Capturing on' "$3.log" 2>/dev/null && return 0
    sleep 0.01
  done
  die "tshark did not start: $(cat "$3.log")"
}

drop_syns() { # drop_syns all|first: SYNs to the server port, at IP input in the server namespace
  # The capture (an AF_PACKET tap on the device) sees a frame before IP input, so the dropped SYN is
  # in the pcap. "first": a quota of 45 bytes lets the rule match only the first 44-byte SYN.
  local limit=''
  [[ $1 == first ]] && limit='quota until 45 bytes'
  ip netns exec "$SNS" nft -f - <<EOF
table inet tsl {
  chain in {
    type filter hook input priority 0; policy accept;
    tcp dport $PORT tcp flags & (syn | ack) == syn $limit counter drop
  }
}
EOF
}

run_once() { # run_once NAME DIR
  local name=$1 d=$2 t0 spid cpid rc=0 i
  mkdir -p "$d"
  setup_netns
  [[ -s $WORK/meta.$LINK.json ]] || write_meta "$WORK/meta.$LINK.json"
  case $name in
    lost-final-ack) arm_drop_final_ack ;;
    lost-syn) drop_syns first ;;
    syn-timeout) drop_syns all ;;
  esac
  if [[ $LINK == relay ]]; then
    ip netns exec "$LNS" python3 "$HERE/delay_relay.py" "$LCDEV" "$LSDEV" "$DELAY_MS" "$d/relay.json" &
    PIDS+=($!)
  fi

  start_capture "$SNS" "$SDEV" "$d/server.pcap"
  start_capture "$CNS" "$CDEV" "$d/client.pcap"
  ip netns exec "$CNS" python3 "$HERE/poll_states.py" client "$d/client.states.jsonl" &
  PIDS+=($!)
  ip netns exec "$SNS" python3 "$HERE/poll_states.py" server "$d/server.states.jsonl" &
  PIDS+=($!)
  sleep 0.2

  t0=$(date +%s.%N)
  ip netns exec "$SNS" timeout 300 python3 "$HERE/exchanges.py" "$name" server --dir "$d" --t0 "$t0" &
  spid=$!
  PIDS+=("$spid")
  wait_for_file "$d/server.ready" 5 || die "$name: the server did not start"
  ip netns exec "$CNS" timeout 300 python3 "$HERE/exchanges.py" "$name" client --dir "$d" --t0 "$t0" &
  cpid=$!
  PIDS+=("$cpid")
  wait "$cpid" || rc=$?
  wait "$spid" || rc=$?
  ((rc == 0)) || log "$name: a socket program exited with $rc (see the calls in the fixture)"

  # Keep capturing until no socket on port 9000 is busy any more on either side (TIME_WAIT and
  # LISTEN excepted): a FIN being retransmitted from LAST_ACK, an orphan in FIN_WAIT_1, ...
  for ((i = 0; i < 3000; i++)); do
    (($(busy_sockets "$SNS") == 0 && $(busy_sockets "$CNS") == 0)) && break
    sleep 0.01
  done
  sleep 0.5
  kill_bg

  local ns='' dropped
  case $name in
    lost-final-ack) ns=$CNS ;;
    lost-syn | syn-timeout) ns=$SNS ;;
  esac
  if [[ -n $ns ]]; then
    dropped=$(ip netns exec "$ns" nft list table inet tsl | sed -n 's/.*counter packets \([0-9]*\).*/\1/p')
    printf '{"nftDropped": %s, "notes": "nftables dropped %s packet(s)."}\n' "$dropped" "$dropped" >"$d/extra.json"
  fi
  teardown_netns
}

fixture_path() { # fixture_path NAME
  if [[ $LINK == veth ]]; then echo "$OUT/$1.json"; else echo "$OUT/$1.delay${DELAY_MS}ms.json"; fi
}

run_exchange() { # run_exchange NAME
  local name=$1 attempt d rc out
  out=$(fixture_path "$name")
  if [[ $name == simultaneous-close ]]; then
    for ((attempt = 1; attempt <= TRIES; attempt++)); do
      d=$WORK/$LINK/$name.$attempt
      run_once "$name" "$d"
      printf '{"attempts": %d, "notes": "Attempt %d of at most %d."}\n' "$attempt" "$attempt" "$TRIES" >"$d/extra.json"
      rc=0
      python3 "$HERE/build_fixture.py" --name "$name" --dir "$d" --meta "$WORK/meta.$LINK.json" \
        --out "$out" --require-crossing-fins || rc=$?
      ((rc == 0)) && return 0
      ((rc == 3)) || die "$name: build_fixture failed"
      log "$name: attempt $attempt: the FINs did not cross, or not in the order wanted; trying again"
    done
    log "$name: no attempt in $TRIES gave crossing FINs in the order wanted; the fixture keeps the last one"
    return 0
  fi
  d=$WORK/$LINK/$name
  run_once "$name" "$d"
  python3 "$HERE/build_fixture.py" --name "$name" --dir "$d" --meta "$WORK/meta.$LINK.json" --out "$out"
}

# --- main ----------------------------------------------------------------------------------------
mapfile -t ALL < <(python3 "$HERE/exchanges.py" --list)
if (($# > 0)); then NAMES=("$@"); else NAMES=("${ALL[@]}"); fi
for n in "${NAMES[@]}"; do
  printf '%s\n' "${ALL[@]}" | grep -qx -- "$n" || die "unknown exchange '$n' (known: ${ALL[*]})"
done
probe_netem
if [[ -z ${LINKS:-} ]]; then
  if [[ $NETEM == yes ]]; then LINKS=veth; else LINKS="veth relay"; fi
fi
mkdir -p "$OUT"
log "kernel $(uname -r); sch_netem: $NETEM; link modes: $LINKS; fixtures go to $OUT"
[[ $NETEM == yes ]] || log "no sch_netem: the veth fixtures have no added delay (relay mode adds ${DELAY_MS} ms)"
WRITTEN=()
for LINK in $LINKS; do
  [[ $LINK == veth || $LINK == relay ]] || die "unknown link mode '$LINK' (veth, relay)"
  log "link mode: $LINK"
  for n in "${NAMES[@]}"; do
    run_exchange "$n"
    WRITTEN+=("$(fixture_path "$n")")
  done
done

# Fixtures are data: tests/fixtures/ is in .prettierignore, so they stay as json.dump wrote them.
log "done: ${#WRITTEN[@]} fixture(s)"
