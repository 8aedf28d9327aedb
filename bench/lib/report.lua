-- wrk script: sends the bearer token in BENCH_TOKEN, optionally paces each connection (BENCH_DELAY_MS
-- between a response and the connection's next request: wrk has no fixed-rate mode), and prints the
-- result as one JSON line after the marker "BENCH-JSON ".
local token = os.getenv("BENCH_TOKEN")
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")

if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

if pause > 0 then
  function delay()
    return pause
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout + errors.status
  local function ms(us) return us / 1000 end
  io.write(string.format(
    'BENCH-JSON {"requests":%d,"seconds":%.3f,"rps":%.1f,"bytes":%d,"failed":%d,"non2xx":%d,"timeouts":%d,'
    .. '"latencyMs":{"mean":%.3f,"p50":%.3f,"p90":%.3f,"p99":%.3f,"max":%.3f}}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes, failed, errors.status, errors.timeout,
    ms(latency.mean), ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(99)),
    ms(latency.max)))
end
