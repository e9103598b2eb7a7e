"""Problem templates: science and measurement word problems (GSM8K difficulty)."""
from tpl_dsl import TEMPLATES
import tpl_speed, tpl_units, tpl_rates, tpl_temp, tpl_density, tpl_geom, tpl_tanks  # noqa: F401
import tpl_plants, tpl_battery, tpl_recipes, tpl_maps, tpl_elec, tpl_extra  # noqa: F401
