-- wrk script: the typical search (near + 25 km + type + year + has_places, 20 results),
-- cycling through city-centre postcodes so that dense (London) and sparse areas both count.
local postcodes = dofile("scripts/postcodes.lua")
local counter = 0
request = function()
    counter = counter + 1
    local postcode = postcodes[(counter % #postcodes) + 1]
    return wrk.format("GET", "/api/v1/opportunities?near=" .. postcode ..
        "&within_km=25&type=work_placement&year=10&has_places=true&limit=20")
end
