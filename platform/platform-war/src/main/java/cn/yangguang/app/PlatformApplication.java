package cn.yangguang.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The platform's single JAX-RS application, at the root of the server. */
@ApplicationPath("")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Yangguang (阳光) e-government platform API",
            version = "1",
            description =
                "Tenant routes live under /t/{tenant}/ (or the tenant's host name); platform operator"
                    + " routes under /api/v1/platform/. Errors are RFC 9457 problem documents."))
public class PlatformApplication extends Application {}
