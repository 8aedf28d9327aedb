#!/usr/bin/env python3
"""The platform's benchmarks in one run: see bench/README.md for what each number means.

Started by bench/run; configuration through the environment (BENCH_*). Writes
bench/results/<timestamp>.json and .md, and bench/results/latest.json and latest.md.
"""
import datetime
import json
import os
import platform as pyplatform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "bench")
LUA = os.path.join(BENCH, "lib", "report.lua")
YEAR = int(os.environ.get("BENCH_YEAR", "2023"))
OFFSET = int(os.environ.get("BENCH_PORT_OFFSET", "20000"))
STATE = os.path.abspath(os.environ.get("BENCH_STATE_DIR", os.path.join(ROOT, "bench", "target", "platform")))
EXISTING = os.environ.get("BENCH_EXISTING", "false") == "true"
KEEP_RUNNING = os.environ.get("BENCH_KEEP_RUNNING", "false") == "true"
# Only these benchmarks (comma list of their result names, e.g. keyFigures); all when empty.
ONLY = [name for name in os.environ.get("BENCH_ONLY", "").split(",") if name]
WARMUP = int(os.environ.get("BENCH_WARMUP_SECONDS", "120"))
DURATION = int(os.environ.get("BENCH_SECONDS", "15"))
USER = os.environ.get("BENCH_USER", "controller")
# The GET compared through the gateway and straight to the service.
API_PATH = os.environ.get("BENCH_API_PATH", f"/api/finance/{YEAR}/tables/1.2")
MAX_CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
PACED_CONNECTIONS = 4

PORTS = {"gateway": 8080, "keycloak": 8180, "finance-service": 8081, "hr-service": 8082, "climate-service": 8083,
         "services-goals-service": 8084, "key-figures-service": 8085, "embedded-mongo": 27017}
SERVICES = [  # (id, API prefix, program)
    ("finance", "/api/finance", "finance-service"),
    ("hr", "/api/hr", "hr-service"),
    ("climate", "/api/climate", "climate-service"),
    ("services-goals", "/api/service-areas", "services-goals-service"),
]


def port(program):
    return PORTS[program] + OFFSET


GATEWAY = f"http://localhost:{port('gateway')}"
ISSUER = f"http://localhost:{port('keycloak')}/realms/arsberetning"


def service_program(path):
    """The program a gateway path is routed to."""
    for _, prefix, program in SERVICES:
        if path.startswith(prefix + "/"):
            return program
    raise ValueError(path)


def service_base(path):
    """The base URL of the service a gateway path is routed to."""
    return f"http://localhost:{port(service_program(path))}"


def direct_url(path):
    """The service a gateway path is routed to, called straight."""
    return service_base(path) + path


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def sh(args, **kwargs):
    done = subprocess.run(args, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        err = done.stderr.strip()
        why = err if len(err) <= 2000 else err[:800] + " … " + err[-1200:]  # the message first, then where
        raise RuntimeError(f"{os.path.basename(args[0])} failed ({done.returncode}): {why}")
    return done.stdout


def platform_env():
    env = dict(os.environ)
    env["PORT_OFFSET"] = str(OFFSET)
    env["PLATFORM_STATE_DIR"] = STATE
    # The gateway's per-client rate limit (100 requests/s, config-repo/gateway.yml) would answer most of the
    # benchmark's requests with 429: raised so far that it never limits, but still checked on every request.
    env.setdefault("RATE_LIMIT_CAPACITY", "1000000000")
    env.setdefault("RATE_LIMIT_REFILL_PER_SECOND", "1000000000")
    # The development database (mongo-java-server, H2 backend) holding a national-size key-figure file runs out of
    # its default 256 MB heap when a whole import is read back; production is real MongoDB.
    env.setdefault("MONGO_HEAP", "1g")
    return env


# ------------------------------------------------------------------ the machine and its load

def machine():
    meminfo = open("/proc/meminfo").read()
    total_kib = int(re.search(r"MemTotal:\s+(\d+)", meminfo).group(1))
    cpu = re.search(r"model name\s*:\s*(.+)", open("/proc/cpuinfo").read())
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    os_name = pyplatform.platform()
    if os.path.exists("/etc/os-release"):
        m = re.search(r'PRETTY_NAME="([^"]+)"', open("/etc/os-release").read())
        os_name = f"{m.group(1)} (kernel {pyplatform.release()})" if m else os_name
    wrk = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    return {
        "cores": os.cpu_count(),
        "cpu": cpu.group(1).strip() if cpu else None,
        "ramGiB": round(total_kib / 1024 / 1024, 1),
        "jdk": java[0] if java else None,
        "jdkRuntime": java[1] if len(java) > 1 else None,
        "os": os_name,
        "wrk": (wrk.stdout or wrk.stderr).splitlines()[0].split(" [")[0],
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }


class LoadSampler(threading.Thread):
    """Samples the machine's load while the benchmarks run: other programs may be running too."""

    def __init__(self):
        super().__init__(daemon=True)
        self.samples = []
        self.stopped = threading.Event()

    @staticmethod
    def cpu_times():
        fields = [int(x) for x in open("/proc/stat").readline().split()[1:]]
        idle = fields[3] + fields[4]
        return sum(fields), idle

    def run(self):
        before = self.cpu_times()
        while not self.stopped.wait(5):
            after = self.cpu_times()
            total, idle = after[0] - before[0], after[1] - before[1]
            before = after
            load1 = float(open("/proc/loadavg").read().split()[0])
            busy = 100.0 * (total - idle) / total if total else 0.0
            available = int(re.search(r"MemAvailable:\s+(\d+)", open("/proc/meminfo").read()).group(1))
            self.samples.append((load1, busy, available / 1024 / 1024))

    def summary(self, own_pids):
        top = sh(["ps", "-eo", "pid,pcpu,rss,comm", "--sort=-pcpu"]).splitlines()[1:]
        others = [line.split() for line in top if line.split()[0] not in own_pids][:8]
        loads = [s[0] for s in self.samples] or [0.0]
        busy = [s[1] for s in self.samples] or [0.0]
        avail = [s[2] for s in self.samples] or [0.0]
        java = sum(1 for line in top if line.split()[-1] == "java")
        return {
            "loadAverage1m": {"min": min(loads), "mean": round(statistics.mean(loads), 1), "max": max(loads)},
            "cpuBusyPercent": {"min": round(min(busy), 1), "mean": round(statistics.mean(busy), 1),
                               "max": round(max(busy), 1)},
            "memoryAvailableGiB": {"min": round(min(avail), 1), "max": round(max(avail), 1)},
            "javaProcessesOnMachine": java,
            "samples": len(self.samples),
            "busiestOtherProcesses": [{"pid": p[0], "cpuPercent": float(p[1]), "rssMiB": round(int(p[2]) / 1024),
                                       "command": p[3]} for p in others[:5]],
        }


# ------------------------------------------------------------------ the platform

def platform_pids():
    """Every process of the running platform: each program's pid file and their descendants."""
    run = os.path.join(STATE, "run")
    roots = []
    if os.path.isdir(run):
        for name in os.listdir(run):
            if name.endswith(".pid"):
                try:
                    roots.append(open(os.path.join(run, name)).read().strip())
                except OSError:
                    pass
    children = {}
    for line in sh(["ps", "-eo", "pid,ppid"]).splitlines()[1:]:
        pid, ppid = line.split()
        children.setdefault(ppid, []).append(pid)
    seen, todo = set(), [p for p in roots if os.path.exists(f"/proc/{p}")]
    while todo:
        pid = todo.pop()
        if pid not in seen:
            seen.add(pid)
            todo.extend(children.get(pid, []))
    return seen


def process_cpu_seconds(pid):
    """User + system CPU time of one process so far (0 when it is gone)."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def platform_cpu_seconds():
    """User + system CPU time of every process of the platform so far."""
    return sum(process_cpu_seconds(pid) for pid in platform_pids())


def program_pid(program):
    """The pid of one program of the platform (its pid file)."""
    return open(os.path.join(STATE, "run", f"{program}.pid")).read().strip()


def resident_memory():
    per_command = {}
    total = 0
    for pid in platform_pids():
        try:
            status = open(f"/proc/{pid}/status").read()
            cmdline = open(f"/proc/{pid}/cmdline").read().replace("\0", " ")
        except OSError:
            continue
        m = re.search(r"VmRSS:\s+(\d+)", status)
        if not m:
            continue
        kib = int(m.group(1))
        total += kib
        name = program_name(cmdline)
        per_command[name] = per_command.get(name, 0) + kib
    return {"totalMiB": round(total / 1024), "programsMiB": {k: round(v / 1024) for k, v in sorted(per_command.items())}}


def program_name(cmdline):
    m = re.search(r"/run/([\w-]+)\.jar", cmdline)
    if m:
        return m.group(1)
    if "keycloak" in cmdline or "kc.sh" in cmdline:
        return "keycloak"
    return cmdline.split(" ")[0].rsplit("/", 1)[-1] or "other"


def jars_built():
    version = "0.1.0-SNAPSHOT"
    jars = [os.path.join(ROOT, "embedded-mongo", "target", f"embedded-mongo-{version}-exec.jar")]
    jars += [os.path.join(ROOT, m, "target", f"{m}-{version}.jar") for m in
             ["config-server", "finance-service", "hr-service", "climate-service", "services-goals-service", "gateway"]]
    return all(os.path.exists(j) for j in jars)


def cold_start():
    """`./platform up` on a fresh state folder (Keycloak unpacked and its realm imported, the demo data loaded)."""
    if not jars_built():
        log("building the programs first (not part of the cold start)")
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-o", "-DskipTests", "package"], cwd=ROOT, check=True)
    subprocess.run([os.path.join(ROOT, "platform"), "down"], env=platform_env(), capture_output=True)
    shutil.rmtree(STATE, ignore_errors=True)
    log(f"cold start: ./platform up with PORT_OFFSET={OFFSET} and a fresh state folder {STATE}")
    started = time.monotonic()
    env = platform_env()
    env["PLATFORM_NO_BUILD"] = "true"
    up = subprocess.run([os.path.join(ROOT, "platform"), "up"], env=env, capture_output=True, text=True)
    seconds = time.monotonic() - started
    if up.returncode != 0:
        sys.stderr.write(up.stdout + up.stderr)
        raise SystemExit("the platform did not start")
    log(f"platform up in {seconds:.0f} s")
    return {"seconds": round(seconds, 1), "what": "./platform up, fresh state folder, jars already built"}


# ------------------------------------------------------------------ HTTP and wrk

def token():
    return sh([sys.executable, os.path.join(BENCH, "lib", "token.py"), ISSUER, os.path.join(STATE, "credentials"),
               USER]).strip()


def http(method, url, bearer, body=None, headers=None, timeout=120):
    request = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
    request.add_header("Authorization", "Bearer " + bearer)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def get_json(url, bearer):
    status, body = http("GET", url, bearer, headers={"Accept": "application/json"})
    if status != 200:
        raise RuntimeError(f"GET {url}: {status} {body[:300]!r}")
    return json.loads(body)


def wrk(url, bearer, seconds, connections, threads=None, delay_ms=0):
    threads = threads or min(2, connections)
    env = dict(os.environ)
    env["BENCH_TOKEN"] = bearer
    env["BENCH_DELAY_MS"] = str(int(delay_ms))
    out = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "60s",
                          "-s", LUA, url], env=env, capture_output=True, text=True)
    m = re.search(r"^BENCH-JSON (.*)$", out.stdout, re.M)
    if not m:
        raise RuntimeError(f"wrk {url}: {out.stdout} {out.stderr}")
    result = json.loads(m.group(1))
    if result["failed"]:
        raise RuntimeError(f"wrk {url}: {result['failed']} of {result['requests']} requests failed "
                           f"({result['non2xx']} answered other than 2xx): the numbers would measure errors "
                           "(a rate limit, an expired token?)")
    result.update({"url": url.replace(str(OFFSET + 0), str(OFFSET)), "connections": connections, "threads": threads})
    if delay_ms:
        result["pauseMs"] = int(delay_ms)
    return result


def with_cpu(url, bearer, processes):
    """wrk at maximum throughput, and the CPU milliseconds each named process (name: pid) spent per request."""
    before = {name: process_cpu_seconds(pid) for name, pid in processes.items()}
    result = wrk(url, bearer, DURATION, MAX_CONNECTIONS)
    result["cpuMsPerRequest"] = {name: round((process_cpu_seconds(pid) - before[name]) * 1000 / result["requests"], 3)
                                 for name, pid in processes.items()}
    return result


def check_ok(url, bearer):
    status, body = http("GET", url, bearer)
    if status != 200:
        raise RuntimeError(f"GET {url}: {status} {body[:300]!r}")
    return len(body)


# ------------------------------------------------------------------ the benchmarks

def gateway_vs_direct(bearer):
    with StockGateway(service_base(API_PATH)) as stock:
        return gateway_stock_and_direct(bearer, stock)


class StockGateway:
    """The baseline of the gateway's throughput (bench/stock-gateway): Spring Cloud Gateway of the gateway's versions,
    its defaults, one route to the service (nothing else: no security, rate limit, observation, access log), with the
    gateway's heap and collector (platform.env); built and started here, stopped afterwards."""

    def __init__(self, service):
        self.service = service
        self.port = free_port()
        self.process = None

    def __enter__(self):
        project = os.path.join(BENCH, "stock-gateway")
        log("building the baseline, a stock Spring Cloud Gateway (bench/stock-gateway)")
        sh([os.path.join(ROOT, "mvnw"), "-B", "-q", "-o", "-f", os.path.join(project, "pom.xml"), "-DskipTests", "package"],
           cwd=ROOT)
        heap, options = sh(["bash", "-c", 'source platform.env; printf "%s\n%s" "$SPRING_HEAP" "$GATEWAY_JVM_OPTIONS"'],
                           cwd=ROOT, env=platform_env()).split("\n")
        env = dict(os.environ, STOCK_GATEWAY_PORT=str(self.port), STOCK_GATEWAY_TARGET=self.service)
        os.makedirs(os.path.join(BENCH, "target"), exist_ok=True)
        with open(os.path.join(BENCH, "target", "stock-gateway.log"), "wb") as out:
            self.process = subprocess.Popen(["java", f"-Xmx{heap}", *options.split(), "-jar",
                                             os.path.join(project, "target", "stock-gateway-0.1.0-SNAPSHOT.jar")],
                                            env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_for_port(self.port, 180)
        except RuntimeError:
            self.__exit__()
            raise
        return self

    def __exit__(self, *failure):
        self.process.terminate()
        self.process.wait(30)

    def url(self, path):
        return f"http://localhost:{self.port}{path}"


def gateway_stock_and_direct(bearer, stock):
    via, direct, baseline = GATEWAY + API_PATH, direct_url(API_PATH), stock.url(API_PATH)
    size = check_ok(via, bearer)
    check_ok(direct, bearer)
    check_ok(baseline, bearer)
    log(f"warm-up {WARMUP // 2} s each: {API_PATH} through the gateway, through the stock gateway and direct ({size} bytes)")
    half = max(1, WARMUP // 2)  # each path as long as before the stock gateway joined them
    for url in (via, baseline, direct):
        wrk(url, bearer, half, 8)

    bearer = token()  # lives 5 minutes: the building, start and warm-up took part of the first one's
    log(f"max throughput, {MAX_CONNECTIONS} connections, alternating direct/gateway/stock gateway 2 x {DURATION} s each")
    service = program_pid(service_program(API_PATH))
    processes = {"direct": {"service": service}, "gateway": {"gateway": program_pid("gateway"), "service": service},
                 "stock": {"stock gateway": str(stock.process.pid), "service": service}}
    urls = {"direct": direct, "gateway": via, "stock": baseline}
    rounds = [{path: with_cpu(urls[path], bearer, processes[path]) for path in urls} for _ in range(2)]
    direct_rps = statistics.mean(r["direct"]["rps"] for r in rounds)
    gateway_rps = statistics.mean(r["gateway"]["rps"] for r in rounds)
    stock_rps = statistics.mean(r["stock"]["rps"] for r in rounds)
    cpu = {path: {name: round(statistics.mean(r[path]["cpuMsPerRequest"][name] for r in rounds), 3)
                  for name in processes[path]} for path in urls}

    # Half load: half the direct maximum, to each path. wrk has no fixed rate: each of a few connections pauses
    # between a response and its next request so that together they send about the target rate.
    target = direct_rps / 2
    log(f"half load: about {target:.0f} requests/s each, {PACED_CONNECTIONS} paced connections, {DURATION} s each")
    idle = wrk(direct, bearer, 5, 1, threads=1)
    pause = max(0.0, PACED_CONNECTIONS * 1000.0 / target - idle["latencyMs"]["p50"])
    half_direct = wrk(direct, bearer, DURATION, PACED_CONNECTIONS, threads=1, delay_ms=pause)
    half_gateway = wrk(via, bearer, DURATION, PACED_CONNECTIONS, threads=1, delay_ms=pause)
    half_stock = wrk(baseline, bearer, DURATION, PACED_CONNECTIONS, threads=1, delay_ms=pause)
    if pause < 1:
        log("warning: the half-load rate is too high for a pause of whole milliseconds; latencies are at full load")

    return {
        "path": API_PATH,
        "responseBytes": size,
        "maxThroughput": {
            "directRps": round(direct_rps, 1),
            "gatewayRps": round(gateway_rps, 1),
            "gatewayShareOfDirect": round(gateway_rps / direct_rps, 3),
            "target": ">= 0.60",
            "stockGatewayRps": round(stock_rps, 1),
            "stockGatewayShareOfDirect": round(stock_rps / direct_rps, 3),
            "cpuMsPerRequest": cpu,
            "rounds": rounds,
        },
        "halfLoad": {
            "targetRps": round(target, 1),
            "direct": half_direct,
            "gateway": half_gateway,
            "addedP50Ms": round(half_gateway["latencyMs"]["p50"] - half_direct["latencyMs"]["p50"], 2),
            "addedP99Ms": round(half_gateway["latencyMs"]["p99"] - half_direct["latencyMs"]["p99"], 2),
            "target": "added p99 <= 3 ms",
            "stockGateway": half_stock,
            "stockAddedP99Ms": round(half_stock["latencyMs"]["p99"] - half_direct["latencyMs"]["p99"], 2),
        },
    }


def composed_report(bearer):
    seconds = max(5, DURATION * 2 // 3)
    composed_url = f"{GATEWAY}/api/reports/{YEAR}"
    report = get_json(composed_url, bearer)
    unavailable = [s["service"] for s in report["sources"] if not s["available"]]
    log(f"composed report vs sections, one connection, {seconds} s each")
    for _ in range(3):  # warm the report paths (the throughput warm-up did not touch them)
        for sid, prefix, _ in SERVICES:
            check_ok(f"{GATEWAY}{prefix}/{YEAR}/report", bearer)
        check_ok(composed_url, bearer)
    sections = {}
    for sid, prefix, _ in SERVICES:
        path = f"{prefix}/{YEAR}/report"
        size = check_ok(GATEWAY + path, bearer)
        sections[sid] = {"bytes": size,
                         "gateway": wrk(GATEWAY + path, bearer, seconds, 1, threads=1),
                         "direct": wrk(direct_url(path), bearer, seconds, 1, threads=1)}
    cpu_before = platform_cpu_seconds()
    composed = wrk(composed_url, bearer, seconds, 1, threads=1)
    cpu_ms = (platform_cpu_seconds() - cpu_before) * 1000 / composed["requests"]
    slowest = max(sections, key=lambda s: sections[s]["gateway"]["latencyMs"]["p50"])
    slowest_p50 = sections[slowest]["gateway"]["latencyMs"]["p50"]
    cores = os.cpu_count()
    # Inside the composition: how long its slowest part took (the report's sources[].elapsedMillis, measured
    # by the gateway with the other services building their parts at the same time) against the whole.
    inside = []
    for _ in range(30):
        started = time.monotonic()
        parts = get_json(composed_url, bearer)["sources"]
        inside.append(((time.monotonic() - started) * 1000, max(p["elapsedMillis"] for p in parts)))
    return {
        "composed": composed,
        # The CPU time every program of the platform spent per composed report (gateway, services, MongoDB):
        # on this machine's cores no composition can take less than that divided by the cores.
        "platformCpuMsPerComposed": round(cpu_ms, 1),
        "cores": cores,
        "cpuBoundMs": round(cpu_ms / cores, 1),
        "cpuBoundRatio": round(cpu_ms / cores / slowest_p50, 2),
        "insideComposition": {"composedP50Ms": round(statistics.median(w for w, _ in inside), 1),
                               "slowestPartP50Ms": round(statistics.median(p for _, p in inside), 1)},
        "composedBytes": check_ok(composed_url, bearer),
        "unavailableSources": unavailable,
        "sections": sections,
        "slowestSection": slowest,
        "ratioP50": round(composed["latencyMs"]["p50"] / slowest_p50, 2),
        # Fetched one after another, the sections would take the sum of their times: what the fan-out saves.
        "sectionsSumP50Ms": round(sum(s["gateway"]["latencyMs"]["p50"] for s in sections.values()), 1),
        "target": "composed p50 <= 1.3 x slowest section p50 (through the gateway)",
    }


def composition_cpu(bearer):
    """The gateway's own CPU time per composed report (the test-scoped harness gateway/.../reports/CompositionCost,
    compiled by Maven with the gateway's tests and run on this run's reports): thread CPU time in one JVM, so the
    machine's load does not count."""
    work = os.path.join(BENCH, "target", "composition-cost")
    os.makedirs(work, exist_ok=True)
    files = []
    for sid, prefix, program in SERVICES:
        status, body = http("GET", f"http://localhost:{port(program)}{prefix}/{YEAR}/report", bearer)
        if status != 200:
            return {"skipped": f"{sid} report: {status}"}
        files.append(os.path.join(work, f"{sid}.json"))
        with open(files[-1], "wb") as f:
            f.write(body)
    # Each module of the reactor writes its own test classpath; the gateway's is the one used.
    subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-o", "-pl", "gateway", "-am", "test-compile",
                    "dependency:build-classpath", "-Dmdep.includeScope=test", "-Dmdep.outputFile=target/bench-classpath.txt"],
                   cwd=ROOT, check=True, capture_output=True)
    gateway = os.path.join(ROOT, "gateway", "target")
    classpath = os.pathsep.join([os.path.join(gateway, "test-classes"), os.path.join(gateway, "classes"),
                                 open(os.path.join(gateway, "bench-classpath.txt")).read().strip()])
    log("gateway CPU per composed report (the services' reports read into records and written again)")
    line = sh(["java", "-cp", classpath, "no.arsberetning.gateway.reports.CompositionCost", *files])
    return json.loads(line.strip().splitlines()[-1])


# What staff open first, as the gateway serves it (the composed JSON, HTML and PDF of the report, the overview),
# against the same bytes as a static file over loopback; the PDF may cost more (target 5x, the others 3x).
DOCUMENTS = [("composed JSON", f"/api/reports/{YEAR}", "report.json", 3), ("HTML report", f"/reports/{YEAR}", "report.html", 3),
             ("dashboard", f"/api/dashboards/{YEAR}", "dashboard.json", 3), ("PDF", f"/reports/{YEAR}.pdf", "report.pdf", 5)]


def documents(bearer):
    """Unchanged data: each document through the gateway against the same bytes served as a static file (one
    connection each, one after another). After a change (a text written through the gateway): the first HTML and
    the first PDF, timed end to end, five of each."""
    folder = os.path.join(BENCH, "target", "static")
    os.makedirs(folder, exist_ok=True)
    for _, path, name, _ in DOCUMENTS:
        check_ok(GATEWAY + path, bearer)  # composed and kept under the current versions
        status, body = http("GET", GATEWAY + path, bearer)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(body)
    static_port = free_port()
    # -I: isolated, so bench/lib (whose token.py shadows the standard library's token module) is not on its path
    server = subprocess.Popen([sys.executable, "-I", os.path.join(BENCH, "lib", "static_server.py"), folder, str(static_port)])
    try:
        wait_for_port(static_port)
        seconds = max(5, DURATION // 2)
        unchanged = {}
        for label, path, name, target in DOCUMENTS:
            log(f"{label}: through the gateway and as a static file, one connection, {seconds} s each")
            wrk(GATEWAY + path, bearer, 3, 1, threads=1)
            gateway = wrk(GATEWAY + path, bearer, seconds, 1, threads=1)
            static = wrk(f"http://127.0.0.1:{static_port}/{name}", bearer, seconds, 1, threads=1)
            unchanged[label] = {"path": path, "bytes": os.path.getsize(os.path.join(folder, name)), "gateway": gateway,
                                "staticFile": static, "target": f"p50 <= {target} x static file",
                                "ratioP50": round(gateway["latencyMs"]["p50"] / static["latencyMs"]["p50"], 2)}
    finally:
        server.terminate()
    return {"unchanged": unchanged, "afterChange": after_change(bearer)}


def after_change(bearer):
    """A text of the first service written (and written back) through the gateway before each render: the report's
    versions have moved, so the gateway composes and renders anew. The same writes and renders for a while first,
    not timed: rendering is code the unchanged documents (served as kept) never ran, so its JIT is cold."""
    sid, prefix, _ = SERVICES[0]
    key = get_json(f"{GATEWAY}{prefix}/{YEAR}/texts", bearer)[0]["key"]
    out = {}
    seconds = max(10, WARMUP // 2)
    log(f"warm-up {seconds} s: a change of text {key} ({sid}), then the HTML and the PDF, again and again (not timed)")
    deadline, i = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        for path in (f"/reports/{YEAR}", f"/reports/{YEAR}.pdf"):
            write_text(prefix, key, bearer, f"<!-- bench {i} -->")
            i += 1
            check_ok(GATEWAY + path, bearer)
    for name, path, target in [("html", f"/reports/{YEAR}", "<= 300 ms"), ("pdf", f"/reports/{YEAR}.pdf", "<= 1500 ms")]:
        log(f"{name} after a change of text {key} ({sid}), 5 renders")
        times = []
        for i in range(5):
            write_text(prefix, key, bearer, f"<!-- bench {i} -->")
            started = time.monotonic()
            status, _ = http("GET", GATEWAY + path, bearer, timeout=300)
            times.append((time.monotonic() - started) * 1000)
            if status != 200:
                raise RuntimeError(f"GET {path}: {status}")
        write_text(prefix, key, bearer, "")
        out[name] = {"path": path, "target": target, "latencyMs": {"p50": round(statistics.median(times), 1),
                                                                   "max": round(max(times), 1)},
                     "runsMs": [round(t, 1) for t in times]}
    return out


def write_text(prefix, key, bearer, marker):
    """Sets the text to what it was printed with plus a marker (an HTML comment nobody sees); "" puts it back."""
    url = f"{GATEWAY}{prefix}/{YEAR}/texts/{key}"
    status, body = http("GET", url, bearer, headers={"Accept": "application/json"})
    text = json.loads(body)
    html = re.sub(r"<!-- bench \d+ -->$", "", text["html"]) + marker
    request = urllib.request.Request(url, data=json.dumps({"html": html}).encode(), method="PUT", headers={
        "Authorization": "Bearer " + bearer, "Content-Type": "application/json", "If-Match": f'"{text["version"]}"'})
    with urllib.request.urlopen(request, timeout=60) as response:
        if response.status != 200:
            raise RuntimeError(f"PUT {url}: {response.status}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port}")


def table_imports(bearer):
    """Imports a service's own report tables back (same values: the data is unchanged) and times it: the table import
    of `POST /api/<svc>/{year}/imports` (XLSX template and CSV), not the key-figure store's import (key_figures)."""
    best = None
    for sid, prefix, program in SERVICES:
        base = f"http://localhost:{port(program)}{prefix}/{YEAR}"
        drafts = {s["key"] for s in get_json(base + "/sections", bearer) if s["status"].upper() == "DRAFT"}
        tables = [t for t in get_json(base + "/tables", bearer) if t.get("section") in drafts]
        rows = {t["key"]: len(get_json(f"{base}/tables/{t['key']}", bearer)["rows"]) for t in tables}
        if rows and (best is None or sum(rows.values()) > sum(best[3].values())):
            best = (sid, prefix, program, rows)
    if best is None:
        return {"skipped": f"no table of {YEAR} is in a DRAFT section"}
    sid, prefix, program, rows = best
    base = f"http://localhost:{port(program)}{prefix}/{YEAR}"
    keys = sorted(rows, key=lambda k: rows[k], reverse=True)
    status, xlsx = http("GET", f"{base}/template.xlsx?tables={','.join(keys)}", bearer)
    if status != 200:
        raise RuntimeError(f"template: {status}")
    largest = keys[0]
    status, csv = http("GET", f"{base}/tables/{largest}.csv", bearer)
    if status != 200:
        raise RuntimeError(f"csv export: {status}")
    results = {"service": sid, "note": "the year's own tables exported and imported back unchanged, straight to the service"}
    for kind, name, content, count, table in [
        ("xlsx", f"mal-{YEAR}.xlsx", xlsx, sum(rows.values()), None),
        ("csv", f"{largest}.csv", csv, rows[largest], largest),
    ]:
        times = []
        for _ in range(5):
            started = time.monotonic()
            status, body = multipart(f"{base}/imports" + (f"?table={table}" if table else ""), bearer, name, content)
            times.append(time.monotonic() - started)
            if status != 200:
                raise RuntimeError(f"import {name}: {status} {body[:500]!r}")
        median = statistics.median(times)
        results[kind] = {"tables": len(keys) if kind == "xlsx" else 1, "rows": count, "bytes": len(content),
                         "medianSeconds": round(median, 3), "rowsPerSecond": round(count / median, 1),
                         "runs": [round(t, 3) for t in times]}
        log(f"import {kind}: {count} rows in {median * 1000:.0f} ms (median of 5)")
    return results


def key_figures(bearer):
    """National-size KOSTRA file (generated now, bench/lib/kostra_files.py) imported through the gateway, beside the raw
    insert rate of the very documents it wrote (bench/lib/RawInsertBaseline.java, same run); then compare and series
    through the gateway and direct with the whole file stored."""
    work = os.path.join(BENCH, "target", "key-figures")
    os.makedirs(work, exist_ok=True)
    log("key figures: writing a national-size SSB-shaped file")
    made = json.loads(sh([sys.executable, os.path.join(BENCH, "lib", "kostra_files.py"), work, "--single"]).strip())
    path = made["files"][0]["file"]
    content = open(path, "rb").read()
    result = {"file": {"regions": made["regions"], "measures": made["measures"], "years": len(made["years"]),
                       "values": made["files"][0]["values"], "bytes": len(content)}}
    url = f"{GATEWAY}/api/key-figures/imports"
    log(f"key figures: importing {len(content) // (1024 * 1024)} MiB through the gateway")
    started = time.monotonic()
    status, body = multipart(url, bearer, "kostra-national.json", content)
    if status != 202:
        raise RuntimeError(f"import: {status} {body[:500]!r}")
    done = await_import(f"{GATEWAY}/api/key-figures/imports/{json.loads(body)['id']}", token)
    seconds = time.monotonic() - started
    if done["state"] != "done":
        raise RuntimeError(f"import failed: {done['errors'][:3]}")
    result["import"] = {"id": done["id"], "bytes": len(content), "values": done["valuesRead"], "written": done["valuesWritten"],
                        "slices": done["slicesTotal"], "seconds": round(seconds, 1),
                        "valuesPerSecond": round(done["valuesRead"] / seconds, 1),
                        "recordSeconds": round((parse_time(done["finishedAt"]) - parse_time(done["startedAt"])), 1)}
    log(f"key figures: {done['valuesRead']} values in {seconds:.1f} s")
    try:
        result["rawInsert"] = raw_insert(done["id"])
    except Exception as failure:  # noqa: BLE001 -- the import's own numbers stand; the baseline's failure is reported
        result["rawInsert"] = {"failed": str(failure)[:800]}
    log("key figures: the same file again")
    started = time.monotonic()
    status, body = multipart(url, token(), "kostra-national.json", content)
    again = await_import(f"{GATEWAY}/api/key-figures/imports/{json.loads(body)['id']}", token)
    result["reimport"] = {"state": again["state"], "valuesWritten": again["valuesWritten"], "seconds": round(time.monotonic() - started, 1)}
    result["storedValues"] = done["valuesRead"]
    bearer = token()
    measure = "KOSB90004M005"
    queries = {"compare": f"/api/key-figures/compare?measure={measure}&year=2023&region=5001&peers=all",
               "compareGroup": f"/api/key-figures/compare?measure={measure}&year=2023&region=5001&peers=asss",
               "series": f"/api/key-figures/series?measure={measure}&region=5001&peers=asss"}
    result["queries"] = {}
    for name, path in queries.items():
        check_ok(GATEWAY + path, bearer)
        result["queries"][name] = {"path": path,
                                   "gateway": wrk(GATEWAY + path, bearer, DURATION, 1),
                                   "direct": wrk(f"http://localhost:{port('key-figures-service')}{path}", bearer, DURATION, 1)}
        log(f"key figures: {name} p50 {result['queries'][name]['gateway']['latencyMs']['p50']} ms through the gateway")
    return result


def await_import(location, fresh_token):
    """Polls an import's progress until it is done or failed (a fresh token every few minutes)."""
    bearer, since = fresh_token(), time.monotonic()
    while True:
        if time.monotonic() - since > 180:
            bearer, since = fresh_token(), time.monotonic()
        status = get_json(location, bearer)
        if status["state"] != "running":
            return status
        time.sleep(1)


def parse_time(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def raw_insert(import_id):
    """bench/lib/RawInsertBaseline.java against the platform's MongoDB: the import's documents inserted again."""
    classes = os.path.join(ROOT, "key-figures-service", "target", "classes")
    if not os.path.isdir(classes):
        return {"skipped": "key-figures-service/target/classes missing: build it first"}
    work = os.path.join(BENCH, "target", "raw-insert")
    os.makedirs(work, exist_ok=True)
    cp_file = os.path.join(work, "classpath.txt")
    subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-o", "dependency:build-classpath", "-pl", "key-figures-service",
                    f"-Dmdep.outputFile={cp_file}"], cwd=ROOT, check=True, capture_output=True)
    classpath = open(cp_file).read().strip()
    out = os.path.join(work, "classes")
    sh(["javac", "-d", out, "-cp", classpath, os.path.join(BENCH, "lib", "RawInsertBaseline.java")])
    log("key figures: raw insert of the same documents")
    line = sh(["java", "-cp", out + os.pathsep + classpath, "no.arsberetning.bench.RawInsertBaseline",
               f"mongodb://localhost:{port('embedded-mongo')}", "key-figures", import_id, "100000"])
    return json.loads(line.strip().splitlines()[-1])
def open_year(bearer, year):
    """Opens `year` from the year before (POST /api/years) and returns once it is open in every service."""
    status, body = http("POST", f"{GATEWAY}/api/years", bearer, json.dumps({"year": year, "from": year - 1}).encode(),
                        {"Content-Type": "application/json", "Accept": "application/json"}, timeout=600)
    if status not in (200, 201):
        raise RuntimeError(f"opening {year}: {status} {body[:300]!r}")


def publish(bearer, year):
    """Publishes `year` (the demo data has known errors, so with a recorded reason)."""
    if get_json(f"{GATEWAY}/api/releases/{year}", bearer):
        return
    status, body = http("POST", f"{GATEWAY}/api/releases/{year}", bearer,
                        json.dumps({"overrideReason": "Benchmark: historikk"}).encode(),
                        {"Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4())}, timeout=600)
    if status != 201:
        raise RuntimeError(f"publishing {year}: {status} {body[:300]!r}")


def history(bearer):
    """The current year's composed report with one and with ten years of history before it (issue 17): the platform
    first holds YEAR (published) and YEAR+1 (opened from it, the current year); then YEAR+1 … YEAR+9 are published
    and YEAR+10 opened, one from the other. Measured the same way as the composed report (one connection), the
    current year each time, and YEAR+1 again with the ten years in the database (the same document as before)."""
    seconds = max(5, DURATION * 2 // 3)
    first = YEAR + 1
    publish(bearer, YEAR)
    open_year(bearer, first)

    def measure(year):
        url = f"{GATEWAY}/api/reports/{year}"
        for _ in range(3):
            check_ok(url, bearer)
        report = get_json(url, bearer)
        unavailable = [s["service"] for s in report["sources"] if not s["available"]]
        wrk(url, bearer, seconds, 1, threads=1)  # warm-up: the JIT and the caches of this year's reads, not measured
        return {"year": year, "bytes": check_ok(url, bearer), "unavailableSources": unavailable,
                "composed": wrk(url, bearer, seconds, 1, threads=1)}

    log(f"history: composed report of {first} with 1 year of history")
    one = measure(first)
    opening_seconds = []
    for year in range(first + 1, YEAR + 11):
        bearer = token()  # tokens live five minutes; publishing and opening ten years takes longer
        publish(bearer, year - 1)
        started = time.monotonic()
        open_year(bearer, year)
        opening_seconds.append(round(time.monotonic() - started, 1))
        log(f"history: {year} opened from {year - 1} in {opening_seconds[-1]} s")
    bearer = token()
    current = YEAR + 10
    log(f"history: composed report of {current} with 10 years of history, and {first} again")
    ten = measure(current)
    again = measure(first)
    ratio = ten["composed"]["latencyMs"]["p50"] / one["composed"]["latencyMs"]["p50"]
    return {
        "oneYear": one,
        "tenYears": ten,
        "firstYearAgain": again,
        "openingSeconds": opening_seconds,
        "ratioP50": round(ratio, 2),
        "sameDocumentRatioP50": round(again["composed"]["latencyMs"]["p50"] / one["composed"]["latencyMs"]["p50"], 2),
        "target": "the current year's composed report with 10 years of history <= 1.1 x with 1 year (p50)",
    }


def multipart(url, bearer, filename, content):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return http("POST", url, bearer, body=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}",
                                                          "Accept": "application/json"})


# ------------------------------------------------------------------ the run

def main():
    run_started = time.monotonic()
    result = {"machine": machine(), "portOffset": OFFSET, "existingPlatform": EXISTING}
    sampler = LoadSampler()
    sampler.start()
    result["loadBefore"] = open("/proc/loadavg").read().split()[:3]
    started_here = False
    try:
        if EXISTING:
            result["coldStart"] = {"skipped": "ran against an already running platform"}
        else:
            started_here = True  # stopped in the end even if the start fails half-way
            result["coldStart"] = cold_start()
        result["memoryAfterStart"] = resident_memory()
        # A benchmark that fails is reported as failed (with why); the others still run.
        # history opens ten more years: it runs last, on the platform the others measured with the demo year only.
        for name, bench in [("gatewayVsDirect", gateway_vs_direct), ("composedReport", composed_report),
                            ("compositionCpu", composition_cpu), ("documents", documents), ("tableImports", table_imports),
                            ("keyFigures", key_figures), ("history", history)]:
            if ONLY and name not in ONLY:
                continue
            try:
                result[name] = bench(token())
            except Exception as failure:  # noqa: BLE001 -- reported in the results, never hidden
                log(f"{name} failed: {failure}")
                result[name] = {"failed": str(failure)}
        result["memoryAfterRun"] = resident_memory()
    finally:
        sampler.stopped.set()
        result["load"] = sampler.summary(platform_pids())
        if started_here and not KEEP_RUNNING:
            log("stopping the platform")
            subprocess.run([os.path.join(ROOT, "platform"), "down"], env=platform_env(), capture_output=True)
    result["benchSeconds"] = round(time.monotonic() - run_started)
    write(result)


def write(result):
    out = os.path.join(BENCH, "results")
    os.makedirs(out, exist_ok=True)
    stamp = result["machine"]["date"][:16].replace(":", "")
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    markdown = summary(result)
    for name in (stamp, "latest"):
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(out, name + ".md"), "w", encoding="utf-8") as f:
            f.write(markdown)
    print(markdown)
    log(f"results in bench/results/{stamp}.json and .md (and latest.*)")


def summary(r):
    m, load = r["machine"], r["load"]
    lines = [
        f"# Benchmark results {m['date']}",
        "",
        f"Machine: {m['cores']} cores ({m['cpu']}), {m['ramGiB']} GiB RAM, {m['jdk']} ({m['jdkRuntime']}), {m['os']}, {m['wrk']}.",
        f"Load during the run (other programs were running too): 1-minute load average {load['loadAverage1m']['min']}–"
        f"{load['loadAverage1m']['max']} (mean {load['loadAverage1m']['mean']}), CPU busy {load['cpuBusyPercent']['mean']} % "
        f"on average, {load['javaProcessesOnMachine']} Java processes on the machine, "
        f"{load['memoryAvailableGiB']['min']}–{load['memoryAvailableGiB']['max']} GiB memory available.",
        "",
        "| Measure | Result | Target |",
        "|---|---|---|",
    ]
    for name, rows in [("gatewayVsDirect", gateway_rows), ("composedReport", composed_rows),
                       ("compositionCpu", composition_cpu_rows), ("documents", document_rows), ("tableImports", table_import_rows),
                       ("keyFigures", key_figure_rows), ("history", history_rows)]:
        if name not in r:
            continue
        part = r[name]
        lines += [f"| {name} | failed: {part['failed']} | |"] if "failed" in part else rows(part)
    cold = r["coldStart"]
    lines.append(f"| Cold start `./platform up` (fresh state) | "
                 + (f"{cold['seconds']:.0f} s" if "seconds" in cold else cold["skipped"]) + " | |")
    mem = r["memoryAfterRun"]
    lines.append(f"| Resident memory of the platform (sum of RSS) | {mem['totalMiB']} MiB after the run "
                 f"({r['memoryAfterStart']['totalMiB']} MiB after start) | |")
    lines += ["", "Resident memory per program after the run (MiB): "
              + ", ".join(f"{k} {v}" for k, v in mem["programsMiB"].items()) + ".", ""]
    lines.append(f"Whole run: {r['benchSeconds']} s.")
    return "\n".join(lines) + "\n"


def gateway_rows(g):
    cpu = g["maxThroughput"]["cpuMsPerRequest"]
    return [
        f"| Max throughput `{g['path']}` direct | {g['maxThroughput']['directRps']:.0f} req/s | |",
        f"| Max throughput through the gateway | {g['maxThroughput']['gatewayRps']:.0f} req/s "
        f"(**{g['maxThroughput']['gatewayShareOfDirect'] * 100:.0f} %** of direct) | ≥ 60 % |",
        f"| Baseline: max throughput through a stock Spring Cloud Gateway (one route, nothing else) | "
        f"{g['maxThroughput']['stockGatewayRps']:.0f} req/s ({g['maxThroughput']['stockGatewayShareOfDirect'] * 100:.0f} % "
        f"of direct) | |",
        f"| CPU per request at max throughput: service direct; gateway + service; stock gateway + service | "
        f"{cpu['direct']['service']:.2f}; {cpu['gateway']['gateway']:.2f} + {cpu['gateway']['service']:.2f}; "
        f"{cpu['stock']['stock gateway']:.2f} + {cpu['stock']['service']:.2f} ms | |",
        f"| Half load ({g['halfLoad']['direct']['rps']:.0f} / {g['halfLoad']['gateway']['rps']:.0f} req/s achieved): p50 direct / gateway | "
        f"{g['halfLoad']['direct']['latencyMs']['p50']:.2f} / {g['halfLoad']['gateway']['latencyMs']['p50']:.2f} ms "
        f"(+{g['halfLoad']['addedP50Ms']:.2f} ms) | |",
        f"| Half load: p99 direct / gateway | {g['halfLoad']['direct']['latencyMs']['p99']:.2f} / "
        f"{g['halfLoad']['gateway']['latencyMs']['p99']:.2f} ms (**+{g['halfLoad']['addedP99Ms']:.2f} ms**) | ≤ +3 ms |",
        f"| Baseline: half load ({g['halfLoad']['stockGateway']['rps']:.0f} req/s achieved) p99 through the stock gateway | "
        f"{g['halfLoad']['stockGateway']['latencyMs']['p99']:.2f} ms (+{g['halfLoad']['stockAddedP99Ms']:.2f} ms) | |",
    ]


def composed_rows(c):
    lines = [f"| Section report `{sid}` p50 gateway / direct ({s['bytes'] // 1024} KiB) | "
             f"{s['gateway']['latencyMs']['p50']:.1f} / {s['direct']['latencyMs']['p50']:.1f} ms | |"
             for sid, s in c["sections"].items()]
    lines.append(f"| Composed report `/api/reports/{{year}}` p50 / p99 ({c['composedBytes'] // 1024} KiB) | "
                 f"{c['composed']['latencyMs']['p50']:.1f} / {c['composed']['latencyMs']['p99']:.1f} ms "
                 f"(**{c['ratioP50']}×** the slowest section, {c['slowestSection']}) | ≤ 1.3× |")
    if "sectionsSumP50Ms" in c:
        lines.append(f"| The sections one after another (sum of their p50s through the gateway) / composed p50 | "
                     f"{c['sectionsSumP50Ms']:.1f} / {c['composed']['latencyMs']['p50']:.1f} ms "
                     f"({c['composed']['latencyMs']['p50'] / c['sectionsSumP50Ms']:.2f}×) | |")
    if "insideComposition" in c:
        i = c["insideComposition"]
        lines.append(f"| Inside the composition: its slowest part (`sources[].elapsedMillis`) / the whole, p50 of 30 | "
                     f"{i['slowestPartP50Ms']:.1f} / {i['composedP50Ms']:.1f} ms | |")
    if "cpuBoundMs" in c:
        lines.append(f"| CPU of all programs per composed report / the machine's cores (the fastest a composition can be here) | "
                     f"{c['platformCpuMsPerComposed']:.1f} ms / {c['cores']} = {c['cpuBoundMs']:.1f} ms "
                     f"({c['cpuBoundRatio']}× the slowest section) | |")
    return lines


def composition_cpu_rows(cpu):
    if "cpuMs" not in cpu:
        return []
    return [f"| Gateway CPU per composed report ({cpu['inputBytes'] // 1024} KiB read, {cpu['composedBytes'] // 1024} KiB "
            f"written), p50 / p90 | {cpu['cpuMs']['p50']:.2f} / {cpu['cpuMs']['p90']:.2f} ms | |"]


def document_rows(docs):
    lines = [f"| {label} `{d['path']}` unchanged, p50 gateway / static file of the same bytes ({d['bytes'] // 1024} KiB) | "
             f"{d['gateway']['latencyMs']['p50']:.2f} / {d['staticFile']['latencyMs']['p50']:.2f} ms "
             f"(**{d['ratioP50']:.1f}×**) | {d['target'].replace('p50 <= ', '≤ ').replace(' x ', '× ')} |"
             for label, d in docs["unchanged"].items()]
    lines += [f"| {name.upper()} after a change (a text written first), median / max of {len(d['runsMs'])} | "
              f"**{d['latencyMs']['p50']:.0f}** / {d['latencyMs']['max']:.0f} ms | {d['target'].replace('<=', '≤')} |"
              for name, d in docs["afterChange"].items()]
    return lines


def history_rows(h):
    one, ten, again = h["oneYear"], h["tenYears"], h["firstYearAgain"]
    return [
        f"| Current year's composed report with 1 year of history ({one['year']}, {one['bytes'] // 1024} KiB), p50 / p99 | "
        f"{one['composed']['latencyMs']['p50']:.1f} / {one['composed']['latencyMs']['p99']:.1f} ms | |",
        f"| … with 10 years of history ({ten['year']}, {ten['bytes'] // 1024} KiB), p50 / p99 | "
        f"{ten['composed']['latencyMs']['p50']:.1f} / {ten['composed']['latencyMs']['p99']:.1f} ms "
        f"(**{h['ratioP50']}×**) | ≤ 1.1× |",
        f"| {one['year']}'s composed report again, with the 10 years in the database, p50 | "
        f"{again['composed']['latencyMs']['p50']:.1f} ms ({h['sameDocumentRatioP50']}× the first measurement) | |",
        f"| Opening a year from the one before (`POST /api/years`), median of {len(h['openingSeconds'])} | "
        f"{statistics.median(h['openingSeconds']):.1f} s | |",
    ]


def table_import_rows(imp):
    return [f"| Report table import {kind.upper()} ({imp['service']}, {imp[kind]['tables']} tables, {imp[kind]['rows']} rows, "
            f"{imp[kind]['bytes'] // 1024} KiB) | {imp[kind]['rowsPerSecond']:.0f} table rows/s "
            f"({imp[kind]['medianSeconds'] * 1000:.0f} ms) | |" for kind in ("xlsx", "csv") if kind in imp]


def key_figure_rows(k):
    if "import" not in k:
        return []
    i, raw = k["import"], k.get("rawInsert", {})
    lines = [f"| Key-figure import through the gateway ({i['values']:,} values, {i['bytes'] // (1024 * 1024)} MiB JSON-stat, "
             f"{i['slices']:,} slices) | **{i['valuesPerSecond']:,.0f} values/s** ({i['seconds']:.1f} s) | ≥ 50 000 values/s |"]
    if "valuesPerSecond" in raw:
        lines.append(f"| Raw insert of the same documents (driver, same batches, same run) | {raw['valuesPerSecond']:,.0f} values/s "
                     f"({raw['seconds']:.1f} s; the import reaches {i['valuesPerSecond'] / raw['valuesPerSecond'] * 100:.0f} %) | |")
    elif "skipped" in raw or "failed" in raw:
        lines.append(f"| Raw insert of the same documents | {raw.get('skipped') or raw.get('failed')} | |")
    if "reimport" in k:
        r = k["reimport"]
        lines.append(f"| The same file again (changes nothing) | {r['valuesWritten']} values written, {r['seconds']:.1f} s | 0 written |")
    for name, q in k.get("queries", {}).items():
        lines.append(f"| `{q['path']}` with {k['storedValues']:,} values stored, p50 / p99 gateway (direct) | "
                     f"{q['gateway']['latencyMs']['p50']:.1f} / {q['gateway']['latencyMs']['p99']:.1f} ms "
                     f"({q['direct']['latencyMs']['p50']:.1f} / {q['direct']['latencyMs']['p99']:.1f} ms) | ≤ 200 ms |")
    return lines


if __name__ == "__main__":
    main()
