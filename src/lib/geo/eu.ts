/** EU member states (ISO 3166-1 alpha-3), since 1 February 2020: tinted when the EU is a party. */
export const EU_MEMBERS: readonly string[] = [
	'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL',
	'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE'
];
