package io.litstream.ops.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DashboardRoutesTest {
    @Test
    void theTokenIsTakenOutOfTheAddressTheRestKept() {
        assertEquals("id=ketamine", DashboardRoutes.stripToken("token=abc&id=ketamine"));
        assertEquals("", DashboardRoutes.stripToken("token=abc"));
    }

    @Test
    void queryParametersAreDecoded() {
        assertEquals("a b/c", DashboardRoutes.queryParam("x=1&id=a%20b%2Fc", "id"));
        assertNull(DashboardRoutes.queryParam("x=1", "id"));
        assertNull(DashboardRoutes.queryParam(null, "id"));
    }
}
