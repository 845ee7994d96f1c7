/**
 * A simulated prefecture 12345 platform ({@link cn.yangguang.citysim.CitySimulator}): the outside
 * system a county's hotline exchanges city-dispatched tickets with, small enough to run in the
 * local stack and the tests. Not part of the platform: it stands in for another organisation.
 */
package cn.yangguang.citysim;
