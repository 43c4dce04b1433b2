package io.github.cookieledger.servlet;

import jakarta.servlet.ServletContainerInitializer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/** Embedded Tomcat 11 on a free port. */
final class TomcatContainer implements Container {
  private final Tomcat tomcat;
  private final Context context;

  private TomcatContainer(Tomcat tomcat, Context context) {
    this.tomcat = tomcat;
    this.context = context;
  }

  static Container start(Site site) throws Exception {
    Path base = Files.createTempDirectory("cookieledger-tomcat");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    tomcat.setPort(0);
    tomcat.setSilent(true);
    Context context = tomcat.addContext("", base.toString());
    ServletContainerInitializer session = (classes, servletContext) ->
        site.session.accept(servletContext.getSessionCookieConfig());
    context.addServletContainerInitializer(session, null);
    FilterDef filter = new FilterDef();
    filter.setFilterName("cookieledger");
    if (site.filter != null) {
      filter.setFilter(site.filter);
      filter.setFilterClass(site.filter.getClass().getName());
    } else {
      filter.setFilterClass(CookieLedgerFilter.class.getName());
    }
    site.filterParams.forEach(filter::addInitParameter);
    context.addFilterDef(filter);
    FilterMap map = new FilterMap();
    map.setFilterName("cookieledger");
    map.addURLPatternDecoded("/*");
    context.addFilterMap(map);
    int i = 0;
    for (Map.Entry<String, jakarta.servlet.Servlet> servlet : site.servlets.entrySet()) {
      String name = "servlet" + i++;
      Wrapper wrapper = Tomcat.addServlet(context, name, servlet.getValue());
      site.servletParams.getOrDefault(servlet.getKey(), Map.of())
          .forEach(wrapper::addInitParameter);
      wrapper.setLoadOnStartup(1);
      context.addServletMappingDecoded(servlet.getKey(), name);
    }
    tomcat.getConnector();
    tomcat.start();
    return new TomcatContainer(tomcat, context);
  }

  @Override
  public URI base() {
    return URI.create("http://localhost:" + tomcat.getConnector().getLocalPort());
  }

  @Override
  public boolean started() {
    return context.getState() == LifecycleState.STARTED;
  }

  @Override
  public void close() throws Exception {
    tomcat.stop();
    tomcat.destroy();
  }
}
