-- wrk script: the search page (HTML) or the API (JSON) for the same query, near ten city-centre
-- postcodes: `PAGE=html` (default) asks for the page, `PAGE=json` for the API. Compare the two in
-- one run (word-search issue: the page at least half the API's throughput).
local postcodes = dofile("scripts/postcodes.lua")
local prefix = os.getenv("PAGE") == "json" and "/api/v1/opportunities?" or "/?"
local counter = 0
request = function()
    counter = counter + 1
    local postcode = postcodes[(counter % #postcodes) + 1]
    return wrk.format("GET", prefix .. "near=" .. postcode .. "&within_km=25&year=10")
end
