package se.kompetenslaget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.support.ContractValidation;

/**
 * The contract of record, openapi.yaml at the top of the repository, is generated from the code's annotations.
 * This test fails when the two drift apart. To regenerate the file after changing the API, run
 * {@code mvn -f backend/pom.xml test -Dtest=OpenApiContractTest -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        String served = given().noFilters().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(ContractValidation.CONTRACT, served, StandardCharsets.UTF_8);
        }
        JsonNode expected = YAML.readTree(Files.readString(ContractValidation.CONTRACT, StandardCharsets.UTF_8));
        JsonNode actual = YAML.readTree(served);
        assertEquals(expected, actual, "The API served by the code differs from " + ContractValidation.CONTRACT
                + ". Regenerate it with -Dopenapi.update=true (see this test's Javadoc) and review the diff.");
    }
}
