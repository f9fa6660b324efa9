-- Actions of the soak (reliability/soak.sh), on ONE connection so that each request follows the answer of the one
-- before: reads a claim for its version (ETag), then comments on it with that version in If-Match, claim after claim.
-- Any answer but 2xx counts as an error in wrk's figures. Arguments: USER:PASSWORD DELAY_MS REFERENCE...
local auth, pause, refs, cookie, i, version = nil, 500, {}, nil, 0, nil

init = function(args)
  auth = "Basic " .. args[1]
  pause = tonumber(args[2])
  for n = 3, #args do refs[#refs + 1] = args[n] end
end

request = function()
  i = i + 1
  local ref = refs[(math.floor((i - 1) / 2) % #refs) + 1]
  local headers = { ["Authorization"] = auth, ["Accept"] = "application/json" }
  if cookie then headers["Cookie"] = cookie end
  if i % 2 == 1 or version == nil then
    return wrk.format("GET", "/claims/api/claims/" .. ref, headers)
  end
  headers["Content-Type"] = "application/json"
  headers["If-Match"] = version
  return wrk.format("POST", "/claims/api/claims/" .. ref .. "/actions/ADD_COMMENT", headers,
    '{"text":"soak comment ' .. i .. '"}')
end

response = function(status, headers, body)
  local set = headers["Set-Cookie"]
  if set then cookie = set:match("JSESSIONID=[^;]+") or cookie end
  version = headers["ETag"]
end

delay = function() return pause end
