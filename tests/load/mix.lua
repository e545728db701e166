-- wrk script: round-robin over the public pages and one logged-in page; counts per path and
-- status, stops each thread after MAX_PER_THREAD requests so that the run is bounded in count.
local paths = {}
local cookie = os.getenv("LOAD_COOKIE")
local private_path = os.getenv("LOAD_PRIVATE_PATH")
for path in string.gmatch(os.getenv("LOAD_PUBLIC_PATHS"), "%S+") do
  table.insert(paths, { path = path })
end
table.insert(paths, { path = private_path, headers = { ["Cookie"] = cookie } })

local MAX_PER_THREAD = tonumber(os.getenv("LOAD_MAX_PER_THREAD") or "250000")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  index = 0
  sent = 0
  counts = {}
end

function request()
  index = index % #paths + 1
  sent = sent + 1
  local p = paths[index]
  return wrk.format("GET", p.path, p.headers)
end

function response(status, headers, body)
  local key = tostring(status)
  counts[key] = (counts[key] or 0) + 1
  if sent >= MAX_PER_THREAD then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for status, n in pairs(c) do
      totals[status] = (totals[status] or 0) + n
    end
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write("\n== load run summary ==\n")
  io.write(string.format("requests: %d in %.1f s\n", summary.requests, summary.duration / 1e6))
  io.write(string.format("requests per second: %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50: %.1f ms, p99: %.1f ms, max: %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  for status, n in pairs(totals) do
    io.write(string.format("HTTP %s: %d\n", status, n))
  end
  io.write(string.format("errors: %d (connect %d, read %d, write %d, timeout %d, non-2xx/3xx %d)\n",
    errors, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
end
