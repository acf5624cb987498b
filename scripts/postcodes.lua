-- The ten city-centre postcodes the wrk scripts cycle through, so dense (London) and sparse areas
-- both count: Newcastle, Manchester, Birmingham, Leeds, Westminster, Bristol, Liverpool, Exeter,
-- the City of London, Norwich. Percent-encoded for query strings.
return {"NE1%204ST", "M1%201AE", "B1%201BB", "LS1%204AP", "SW1A%201AA", "BS1%204DJ", "L1%208JQ", "EX1%201HS",
        "EC2V%207HH", "NR1%203QU"}
