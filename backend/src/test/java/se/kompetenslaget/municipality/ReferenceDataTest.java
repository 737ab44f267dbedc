package se.kompetenslaget.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The migrations load exactly the reference data shipped in resources/reference-data. */
@QuarkusTest
class ReferenceDataTest {

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    CountyRepository counties;

    @Test
    @Transactional
    void shouldHoldEveryMunicipalityOfTheReferenceFileWithItsCounty() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (CSVRecord row : read("municipalities.csv")) {
            expected.put(row.get("code"), row.get("name") + " / " + row.get("county_code"));
        }
        Map<String, String> actual = new TreeMap<>();
        for (Municipality municipality : municipalities.listAll()) {
            actual.put(municipality.code, municipality.name + " / " + municipality.county.code);
        }
        assertEquals(290, expected.size());
        assertEquals(expected, actual);
    }

    @Test
    @Transactional
    void shouldHoldEveryCountyOfTheReferenceFile() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (CSVRecord row : read("counties.csv")) {
            expected.put(row.get("code"), row.get("name"));
        }
        Map<String, String> actual = new TreeMap<>();
        counties.listAll().forEach(county -> actual.put(county.code, county.name));
        assertEquals(21, expected.size());
        assertEquals(expected, actual);
    }

    private static List<CSVRecord> read(String file) throws IOException {
        try (Reader reader = new InputStreamReader(
                ReferenceDataTest.class.getResourceAsStream("/reference-data/" + file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
