-- wrk script: POST /api/v1/deals (and the form intake when BENCH_PATHS names it) with a unique
-- e-mail per request, except that 10% repeat an e-mail this thread already sent, in other
-- case and with spaces around it (the app must merge them into one contact).
-- Each thread writes the eventId of every 2xx answer to $BENCH_OUT/ids-$BENCH_RUN-<thread>.txt
-- and counts what it sent; done() prints one "BENCH key=value ..." line for the scripts.

local run = os.getenv("BENCH_RUN") or "run"
local tag = os.getenv("BENCH_TAG") or run -- names the id files; two loads may share e-mails (run) but not files
local out = os.getenv("BENCH_OUT") or "/tmp"
local api_key = os.getenv("BENCH_API_KEY") or ""
local paths_env = os.getenv("BENCH_PATHS") or "/api/v1/deals"
local repeat_share = tonumber(os.getenv("BENCH_REPEAT_SHARE") or "0.10")

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  sent, distinct, repeats, ok, non2xx, noid, s5xx, s503 = 0, 0, 0, 0, 0, 0, 0, 0
  paths = {}
  for p in string.gmatch(paths_env, "[^,]+") do table.insert(paths, p) end
  ids = io.open(out .. "/ids-" .. tag .. "-" .. tid .. ".txt", "w")
  ids:setvbuf("line")
  math.randomseed(os.time() * 1000 + tid * 7919)
end

local function address(n)
  return string.format("%s-t%d-%d@bench.example", run, tid, n)
end

local function spaced_upper(email)
  -- "Foo-T1-7@Bench.Example" style: other case, same address once normalised
  local mixed = string.gsub(email, "(%a)(%w*)", function(a, b) return string.upper(a) .. b end)
  return "  " .. mixed .. " "
end

function request()
  sent = sent + 1
  local email, name
  if distinct > 0 and math.random() < repeat_share then
    repeats = repeats + 1
    local n = math.random(distinct)
    email, name = spaced_upper(address(n)), "Bench " .. tid .. "-" .. n
  else
    distinct = distinct + 1
    email, name = address(distinct), "Bench " .. tid .. "-" .. distinct
  end
  local path = paths[(sent % #paths) + 1]
  if string.find(path, "/intake/forms/", 1, true) then
    -- the demo lead form's fields (nome, email, tipo, produtos); JSON as the embed script posts it
    return wrk.format("POST", path, {["Content-Type"] = "application/json", ["Accept"] = "application/json"},
      string.format('{"nome":"%s","email":"%s","tipo":"LEAD","produtos":"autocloud"}', name, email))
  end
  return wrk.format("POST", path, {["Content-Type"] = "application/json", ["X-Api-Key"] = api_key},
    string.format('{"source":"leads-autocloud","contact":{"email":"%s","name":"%s"},"deal":{"products":["autocloud"]}}',
      email, name))
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
    local id = string.match(body, '"eventId"%s*:%s*"?(%d+)')
    if id then ids:write(id, "\n") else noid = noid + 1 end
  else
    non2xx = non2xx + 1
    if status >= 500 then s5xx = s5xx + 1 end
    if status == 503 then s503 = s503 + 1 end
  end
end

function done(summary, latency, requests)
  local t = { sent = 0, distinct = 0, repeats = 0, ok = 0, non2xx = 0, noid = 0, s5xx = 0, s503 = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH run=%s seconds=%.1f sent=%d distinct=%d repeats=%d ok=%d non2xx=%d s5xx=%d s503=%d noid=%d errors=%d timeouts=%d okps=%.0f p50ms=%.2f p90ms=%.2f p99ms=%.2f maxms=%.2f\n",
    run, seconds, t.sent, t.distinct, t.repeats, t.ok, t.non2xx, t.s5xx, t.s503, t.noid,
    e.connect + e.read + e.write + e.timeout, e.timeout, t.ok / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
