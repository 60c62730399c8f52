package io.orderhub.common.jobs.admin;

/** An executor group as the admin lists it ({@code XxlJobGroup}: id, appname, title). */
public record AdminGroup(int id, String appName, String title) {
}
