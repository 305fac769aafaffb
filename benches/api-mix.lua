-- A mix of API requests: searches over many words, articles, people, claims.
local words = {"soldats", "bridge", "frontière", "said", "minister", "police", "government", "\"blank cheque\"", "troop*", "hospital", "union", "Ukraine", "school", "council", "water"}
local n = 0
request = function()
  n = n + 1
  local k = n % 20
  if k < 14 then
    return wrk.format("GET", "/api/search?q=" .. words[(n % #words) + 1]:gsub(" ", "%%20"):gsub("\"", "%%22"))
  elseif k < 17 then
    return wrk.format("GET", "/api/articles/" .. ((n * 7919) % 71000 + 1))
  elseif k < 18 then
    return wrk.format("GET", "/api/people?limit=50")
  elseif k < 19 then
    return wrk.format("GET", "/api/claims?about=soldats&limit=50")
  else
    return wrk.format("GET", "/api/search?q=%22unbalanced")
  end
end
