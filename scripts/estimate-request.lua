-- wrk script for POST /api/v1/estimates (see scripts/load-estimate-api.sh).
-- ESTIMATE_BODY=example (default): the API contract's example, 3 job shadowing ES -> IT.
-- ESTIMATE_BODY=ten: a 30-participant, 10-activity plan, the same as EstimateBenchmark's "full" plan.
-- done() prints one machine-readable RESULT line that the shell script collects.

local activity = [[
    {
      "type": "%s",
      "destinationCountry": "%s",
      "destinationCity": "%s",
      "hostingOrganisation": %s,
      "participants": %d,
      "participantsWithFewerOpportunities": %d,
      "accompanyingPersons": %d,
      "durationDays": %d,
      "travelDays": %d,
      "distanceKm": %s,
      "greenTravel": %s,
      "linguisticSupportParticipants": %d,
      "courseTitle": %s,
      "preparesActivityType": %s,
      "shortDurationJustification": null,
      "expensiveTravelCosts": 0,
      "visaAndMedicalCosts": %s,
      "inclusionSupportCosts": %s
    }]]

local function quoted(text)
  if text == nil then
    return "null"
  end
  return '"' .. text .. '"'
end

-- type, country, city, host, participants, fewer opportunities, accompanying, days, travel days, km, green,
-- linguistic support, course title, prepares, visa and medical, inclusion support
local function row(r)
  return string.format(activity, r[1], r[2], r[3], quoted(r[4]), r[5], r[6], r[7], r[8], r[9], r[10],
    tostring(r[11]), r[12], quoted(r[13]), quoted(r[14]), r[15], r[16])
end

local function plan(rows)
  local activities = {}
  for i, r in ipairs(rows) do
    activities[i] = row(r)
  end
  return '{\n  "callYear": 2026,\n  "round": 1,\n  "applicantCountry": "ES",\n  "financialGuaranteeCosts": 0,\n'
    .. '  "activities": [' .. table.concat(activities, ",") .. '\n  ]\n}\n'
end

local bodies = {
  example = plan({
    { "JOB_SHADOWING", "IT", "Rome", "Istituto Comprensivo Roma 1", 3, 1, 0, 10, 2, "1365.28", false, 0, nil, nil, 0, 0 },
  }),
  ten = plan({
    { "JOB_SHADOWING", "IT", "Rome", "Istituto Comprensivo Roma 1", 4, 1, 0, 10, 2, "1365.28", false, 2, nil, nil, 0, 0 },
    { "COURSE", "IE", "Dublin", nil, 2, 0, 0, 5, 2, "1450.12", false, 0, "CLIL in primary science", nil, 0, 0 },
    { "COURSE", "FI", "Helsinki", nil, 2, 0, 0, 6, 2, "2950.40", false, 0, "Outdoor learning", nil, 120, 0 },
    { "GROUP_PUPIL_MOBILITY", "FR", "Lyon", "Collège Jean Moulin", 10, 3, 2, 7, 2, "1071.50", false, 0, nil, nil, 0, 900 },
    { "GROUP_PUPIL_MOBILITY", "PT", "Porto", "Escola Básica do Porto", 6, 0, 2, 8, 4, "452.30", true, 0, nil, nil, 0, 0 },
    { "LONG_TERM_PUPIL_MOBILITY", "DE", "Munich", "Gymnasium München Nord", 2, 0, 0, 90, 2, "1488.75", false, 2, nil, nil, 0, 0 },
    { "SHORT_TERM_PUPIL_MOBILITY", "NL", "Utrecht", "Utrechts Stedelijk Gymnasium", 2, 1, 1, 14, 2, "1480.00", false, 0, nil, nil, 0, 0 },
    { "TEACHING_ASSIGNMENT", "PL", "Kraków", "Szkoła Podstawowa nr 1", 1, 0, 0, 30, 2, "2290.10", false, 1, nil, nil, 0, 0 },
    { "INVITED_EXPERT", "ES", "Valencia", nil, 1, 0, 0, 5, 2, "1775.60", false, 0, nil, nil, 0, 0 },
    { "PREPARATORY_VISIT", "FR", "Lyon", "Collège Jean Moulin", 2, 0, 0, 2, 0, "1071.50", false, 0, nil, "GROUP_PUPIL_MOBILITY", 0, 0 },
  }),
}

local name = os.getenv("ESTIMATE_BODY") or "example"
if bodies[name] == nil then
  error("ESTIMATE_BODY must be example or ten, not " .. name)
end

wrk.method = "POST"
wrk.body = bodies[name]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

-- Lets the shell script print the exact body it measured with (wrk -s ... with ESTIMATE_PRINT_BODY=1).
if os.getenv("ESTIMATE_PRINT_BODY") == "1" then
  io.write(wrk.body)
  os.exit(0)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "RESULT body=%s requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
      .. "non2xx3xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n",
    name, summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
