-- wrk script for benchmarks/web_latency.py: cycle through the request paths listed, one a
-- line, in the file named by $WRK_PATHS, count the responses that are not 2xx, and print
-- the figures as one JSON line (latencies in microseconds) when the run is done.
--
--   WRK_PATHS=paths.txt wrk -t1 -c4 -d20s --latency -s wrk_paths.lua http://127.0.0.1:8000

local paths = {}
for path in io.lines(os.getenv("WRK_PATHS")) do
  if path ~= "" then
    paths[#paths + 1] = path
  end
end
if #paths == 0 then
  error("no paths in " .. tostring(os.getenv("WRK_PATHS")))
end

local threads = {}
function setup(thread)
  thread:set("offset", #threads)  -- each thread starts at its own place in the list
  threads[#threads + 1] = thread
end

function init(args)
  -- built here, not above: wrk sets the Host header just before init()
  requests = {}
  for n, path in ipairs(paths) do
    requests[n] = wrk.format("GET", path)
  end
  i = offset or 0
  non2xx = 0
end

function request()
  i = i % #requests + 1
  return requests[i]
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests_)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50": %d, "p95": %d, "p99": %d, "max": %d, ' ..
    '"mean": %.1f, "non2xx": %d, "socket_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, latency.mean, bad,
    e.connect + e.read + e.write, e.timeout))
end
