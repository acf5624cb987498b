-- wrk script: searches with words (word-search issue). Ten common words, each alone and near
-- each of ten city-centre postcodes within 20 km, cycled so every combination counts.
local words = {"engineering", "nurs", "law", "design", "hospital", "software", "animal", "construction", "finance", "media"}
local postcodes = dofile("scripts/postcodes.lua")
local counter = 0
request = function()
    counter = counter + 1
    local word = words[(counter % #words) + 1]
    local round = math.floor(counter / #words)
    if round % 2 == 0 then
        return wrk.format("GET", "/api/v1/opportunities?q=" .. word)
    end
    local postcode = postcodes[(math.floor(round / 2) % #postcodes) + 1]
    return wrk.format("GET", "/api/v1/opportunities?q=" .. word .. "&near=" .. postcode .. "&within_km=20")
end
