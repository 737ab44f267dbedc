package se.kompetenslaget.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Validates every REST Assured request of every test against openapi.yaml. A test that calls something the
 * contract does not describe on purpose (an unknown route) opts out with {@code given().noFilters()}.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(ContractValidation.filter());
    }
}
