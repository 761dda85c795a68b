package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The map of the channels, read by Camel's own YAML loader: every file in routes/ parses, every
 * route has an id, and every HTTP channel answers its failures through the shared problem+json
 * handler (a route without it would answer Camel's own 500 page).
 */
class ChannelRouteFilesTests extends CamelTestSupport {

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        // the beans the routes call live in the app: here the routes are read, never started
        configuration.withUseAdviceWith(true).withUseRouteBuilder(false);
    }

    private List<RouteDefinition> loadedRoutes() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                PluginHelper.getRoutesLoader(context()).loadRoutes(ResourceHelper.resolveMandatoryResource(context(), "file:" + file));
            }
        }
        return ((ModelCamelContext) context()).getRouteDefinitions();
    }

    @Test
    void everyHttpChannelAnswersFailuresAsProblems() throws Exception {
        List<RouteDefinition> routes = loadedRoutes();

        assertThat(routes).extracting(RouteDefinition::getRouteId)
                .contains("api-create-deal", "intake-form-submission", "payments-stripe", "telegram-webhook", "outbox-delivery")
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(routes.stream().filter(route -> route.getInput().getEndpointUri().startsWith("platform-http:")))
                .isNotEmpty()
                .allSatisfy(route -> assertThat(route.getRouteConfigurationId()).as(route.getRouteId()).isEqualTo("problem-replies"));
    }

    @Test
    void httpChannelsListenOnlyUnderApiAndEmbed() throws Exception {
        assertThat(loadedRoutes().stream().map(route -> route.getInput().getEndpointUri())
                .filter(uri -> uri.startsWith("platform-http:")))
                .allSatisfy(uri -> assertThat(uri).matches("platform-http:/(api|embed)/.*"));
    }
}
