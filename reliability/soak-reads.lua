-- Mixed reads of the soak (reliability/soak.sh): lists, claims, timelines, metrics, exports and readiness in turn,
-- signed in once (Basic, then the session cookie as a well-behaved client), one request every DELAY ms a connection.
-- Arguments: USER:PASSWORD DELAY_MS REFERENCE...
local auth, pause, refs, cookie, i = nil, 100, {}, nil, 0

init = function(args)
  auth = "Basic " .. args[1]
  pause = tonumber(args[2])
  for n = 3, #args do refs[#refs + 1] = args[n] end
end

request = function()
  i = i + 1
  local ref = refs[(i % #refs) + 1]
  local paths = {
    "/claims/api/claims?size=25&page=" .. (i % 4),
    "/claims/api/claims/" .. ref,
    "/claims/api/metrics/summary",
    "/claims/api/claims/" .. ref .. "/timeline",
    "/claims/api/claims/export?status=RECEIVED",
    "/claims/api/claims?size=25&memberState=NPL",
    "/health/ready",
  }
  local headers = { ["Authorization"] = auth, ["Accept"] = "*/*" }
  if cookie then headers["Cookie"] = cookie end
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end

response = function(status, headers, body)
  local set = headers["Set-Cookie"]
  if set then cookie = set:match("JSESSIONID=[^;]+") or cookie end
end

delay = function() return pause end
