/**
 * The built-in dataset, coded by hand from one news report of the 2021-11-06 phone call between the
 * foreign ministers of Iran and Russia. Each statement names its exact words; the span is found in the
 * verbatim text (and must be found exactly once), so a quote can never drift from its source.
 * Country codes come from i18n-iso-countries; this module runs at build time only.
 */
import countries from 'i18n-iso-countries';
import type { Actor, Anchor, Dataset, Statement } from '../types';
import text from './iran-russia-call-2021-11-06.txt?raw';

const SOURCE_ID = 'src-2021-11-06-tehran';

export function spanOf(haystack: string, quote: string): { start: number; end: number } {
	const start = haystack.indexOf(quote);
	if (start < 0) throw new Error(`quote not found in the source text: ${JSON.stringify(quote)}`);
	if (haystack.indexOf(quote, start + 1) >= 0)
		throw new Error(`quote found more than once in the source text: ${JSON.stringify(quote)}`);
	return { start, end: start + quote.length };
}

function state(iso3: string, name: string, anchor: Anchor): Actor {
	if (!countries.isValid(iso3)) throw new Error(`not an ISO 3166-1 alpha-3 code: ${iso3}`);
	return { id: iso3, name, kind: 'state', iso3, m49: countries.alpha3ToNumeric(iso3), anchor };
}

const capital = (place: string, lon: number, lat: number): Anchor => ({ lon, lat, place });

const actors: Actor[] = [
	state('IRN', 'Iran', capital('Tehran', 51.389, 35.689)),
	state('RUS', 'Russia', capital('Moscow', 37.618, 55.756)),
	state('USA', 'United States', capital('Washington, D.C.', -77.037, 38.907)),
	{ id: 'EU', name: 'European Union', kind: 'organization', anchor: capital('Brussels', 4.352, 50.847) },
	{ id: 'IAEA', name: 'IAEA', kind: 'organization', anchor: capital('Vienna (IAEA headquarters)', 16.415, 48.235) },
	{
		id: 'P4+1',
		name: 'P4+1',
		kind: 'group',
		members: ['CHN', 'FRA', 'RUS', 'GBR', 'DEU'],
		anchor: capital('Vienna (venue of the talks)', 16.373, 48.208)
	},
	state('CHN', 'China', capital('Beijing', 116.407, 39.904)),
	state('FRA', 'France', capital('Paris', 2.352, 48.857)),
	state('GBR', 'United Kingdom', capital('London', -0.128, 51.507)),
	state('DEU', 'Germany', capital('Berlin', 13.405, 52.52)),
	state('AFG', 'Afghanistan', capital('Kabul', 69.207, 34.555)),
	{ id: '3+3', name: '3+3 format', kind: 'group', members: ['IRN', 'RUS', 'TUR', 'GEO', 'AZE', 'ARM'] },
	state('TUR', 'Turkey', capital('Ankara', 32.854, 39.921)),
	state('GEO', 'Georgia', capital('Tbilisi', 44.793, 41.715)),
	state('AZE', 'Azerbaijan', capital('Baku', 49.867, 40.409)),
	state('ARM', 'Armenia', capital('Yerevan', 44.514, 40.183)),
	{ id: 'OUTLET', name: 'Outlet (unnamed)', kind: 'media', anchor: capital('Tehran (dateline)', 51.389, 35.689) }
];

/** A statement as coded: the quote is located in the text to give its span. */
type Coded = Omit<Statement, 'span' | 'source'>;

const CALL = '2021-11-06';
const TWEET = '2021-11-03';

const coded: Coded[] = [
	{
		id: 's01', date: CALL, occasion: 'ev-call', event: 'CONSULT', mode: 'phone', attribution: 'outlet',
		actors: ['IRN', 'RUS'], recipients: [], topics: ['bilateral', 'jcpoa'],
		quote: 'On Saturday, Iranian Foreign Minister Hossein Amir Abdollahian and his Russian counterpart Sergei Lavrov discussed issues of mutual interest, including the upcoming Vienna talks and the current developments in the region.',
		summary: 'The two foreign ministers hold a call on the Vienna talks and the region (a joint act: both sides are actors).'
	},
	{
		id: 's02', date: CALL, occasion: 'ev-call', event: 'CONSULT', mode: 'phone', attribution: 'paraphrase', speaker: 'lavrov',
		actors: ['RUS'], recipients: ['IRN'], topics: ['bilateral'],
		quote: 'First, Lavrov inquired about the health of his Iranian counterpart after contracting the coronavirus.',
		summary: 'Lavrov asks after Amir Abdollahian’s health following his coronavirus infection.'
	},
	{
		id: 's03', date: CALL, occasion: 'ev-call', event: 'SUPPORT', attribution: 'paraphrase', speaker: 'amir-abdollahian',
		actors: ['IRN'], recipients: ['RUS'], topics: ['jcpoa', 'bilateral'],
		quote: "Amir Abdollahian praised Russia's constructive and positive stance on the issue of Iran's nuclear program.",
		summary: 'Iran praises Russia’s stance on Iran’s nuclear programme.'
	},
	{
		id: 's05', date: CALL, occasion: 'ev-call', event: 'REQUEST', attribution: 'paraphrase', speaker: 'amir-abdollahian',
		actors: ['IRN'], recipients: ['EU', 'USA'], topics: ['jcpoa'],
		quote: 'Referring to the agreement reached with European Union’s nuclear deal coordinator Enrique Mora on the timing of the talks with the P4+1, the chief Iranian diplomat stressed that the rapid progress of the talks requires that the European and American sides avoid making post-JCPOA demands and take a realistic and constructive approach.',
		summary: 'Citing the 3 November agreement with the EU coordinator on when the talks start, Iran asks the European and American sides to make no post-JCPOA demands and to be realistic.'
	},
	{
		id: 's07', date: TWEET, occasion: 'ev-tweet', event: 'AGREE', attribution: 'quote', speaker: 'baqeri',
		actors: ['IRN', 'EU'], recipients: [], topics: ['jcpoa', 'sanctions'],
		quote: 'In a phone call with @enriquemora_, we agreed to start the negotiations aiming at removal of unlawful & inhumane sanctions on 29 November in Vienna',
		summary: 'Baqeri says he and Mora agreed to start negotiations on lifting sanctions on 29 November (a joint act: both sides are actors).'
	},
	{
		id: 's23', date: TWEET, occasion: 'ev-tweet', event: 'ACCUSE', attribution: 'quote', speaker: 'baqeri',
		actors: ['IRN'], recipients: [], topics: ['sanctions'],
		quote: 'unlawful & inhumane sanctions',
		summary: 'Baqeri calls the sanctions on Iran unlawful and inhumane (the tweet names no one who imposed them).'
	},
	{
		id: 's08', date: CALL, occasion: 'ev-call', event: 'REQUEST', attribution: 'paraphrase', speaker: 'amir-abdollahian',
		actors: ['IRN'], recipients: [], topics: ['jcpoa'],
		quote: 'Amir Abdollahian stated that Iran is studying the background and process of the previous negotiations in Vienna, and specified that Iran will pursue its demands robustly in the forthcoming negotiations.',
		summary: 'Iran says it will pursue its demands robustly in the coming Vienna negotiations (the sentence names no one they are made to).'
	},
	{
		id: 's09', date: CALL, occasion: 'ev-call', event: 'REQUEST', attribution: 'paraphrase', speaker: 'amir-abdollahian',
		actors: ['IRN'], recipients: [], topics: ['jcpoa'],
		quote: 'Iran’s chief diplomat pointed out that there should be no doubt in the seriousness of the Iranian side in the talks and the need for all parties to return to their obligations.',
		summary: 'Iran insists it is serious about the talks and that all parties (not named) must return to their obligations.'
	},
	{
		id: 's21', date: CALL, event: 'SANCTION', attribution: 'outlet',
		actors: ['USA'], recipients: ['IRN'], topics: ['sanctions'],
		quote: 'Referring to the new U.S. sanctions against Iran,',
		summary: 'The report mentions new US sanctions against Iran; it gives no date for them, so they are dated by the report.'
	},
	{
		id: 's22', date: CALL, occasion: 'ev-call', event: 'ACCUSE', attribution: 'paraphrase', speaker: 'amir-abdollahian',
		actors: ['IRN'], recipients: ['USA'], topics: ['jcpoa'],
		quote: 'Amir Abdollahian stated that although Iran is skeptical of the Americans’ intentions,',
		summary: 'Iran says it is sceptical of the Americans’ intentions.'
	},
	{
		id: 's10', date: CALL, occasion: 'ev-call', event: 'REQUEST', attribution: 'paraphrase', speaker: 'amir-abdollahian',
		actors: ['IRN'], recipients: ['USA'], topics: ['sanctions', 'jcpoa'],
		quote: 'if they fully return to their obligations and do not make further demands,',
		summary: 'Iran sets its condition: that the Americans return fully to their obligations and make no further demands.'
	},
	{
		id: 's11', date: CALL, occasion: 'ev-call', event: 'AGREE', attribution: 'paraphrase', speaker: 'amir-abdollahian',
		actors: ['IRN'], recipients: ['USA'], topics: ['jcpoa'],
		quote: 'then Iran will return to its JCPOA obligations and will implement them all.',
		summary: 'Iran pledges to return to and implement all its JCPOA obligations if the Americans fully return to theirs and make no further demands.'
	},
	{
		id: 's12', date: CALL, occasion: 'ev-call', event: 'REQUEST', attribution: 'paraphrase', speaker: 'amir-abdollahian',
		actors: ['IRN'], recipients: ['IAEA'], topics: ['iaea'],
		quote: 'Pointing to the constructive cooperation of Iran with the International Atomic Energy Agency, the foreign minister stressed the need for the IAEA chief to refrain from taking political positions,',
		summary: 'Iran asks the IAEA chief not to take political positions.'
	},
	{
		id: 's13', date: CALL, occasion: 'ev-call', event: 'AGREE', attribution: 'paraphrase', speaker: 'amir-abdollahian',
		actors: ['IRN'], recipients: ['IAEA'], topics: ['iaea'],
		quote: 'stressing that Iran will continue technical cooperation with the IAEA.',
		summary: 'Iran says it will keep up technical cooperation with the IAEA.'
	},
	{
		id: 's14', date: CALL, occasion: 'ev-call', event: 'SUPPORT', attribution: 'paraphrase', speaker: 'lavrov',
		actors: ['RUS'], recipients: [], topics: ['jcpoa'],
		quote: 'The Russian foreign minister also stressed the importance of reviving the 2015 nuclear deal,',
		summary: 'Russia backs reviving the 2015 nuclear deal (the sentence names no recipient).'
	},
	{
		id: 's15', date: CALL, occasion: 'ev-call', event: 'REQUEST', attribution: 'paraphrase', speaker: 'lavrov',
		actors: ['RUS'], recipients: ['USA'], topics: ['jcpoa'],
		quote: 'stressing that all parties, firstly, the United States, must return to their commitments.',
		summary: 'Russia says all parties, the United States first, must return to their commitments.'
	},
	{
		id: 's16', date: CALL, occasion: 'ev-call', event: 'ACCUSE', attribution: 'paraphrase', speaker: 'lavrov',
		actors: ['RUS'], recipients: ['USA'], topics: ['jcpoa'],
		quote: 'Lavrov also noted that Moscow has always stressed the need to stop U.S. destructive actions against the JCPOA.',
		summary: 'Russia says US actions against the JCPOA are destructive and must stop.'
	},
	{
		id: 's17', date: CALL, event: 'ACCUSE', attribution: 'outlet',
		actors: ['OUTLET'], recipients: ['USA'], topics: ['jcpoa'],
		quote: 'Six rounds of intensive negotiations have been held in order to revive the JCPOA, yet the illegal and illogical demands by the United States have hampered the negotiations bear fruit.',
		summary: 'The report itself blames "illegal and illogical" US demands for six fruitless rounds of talks.'
	},
	{
		id: 's18', date: CALL, occasion: 'ev-call', event: 'AGREE', attribution: 'paraphrase',
		actors: ['IRN', 'RUS'], recipients: ['AFG'], topics: ['afghanistan'],
		quote: 'In the phone call, the two sides also agreed on the need to send humanitarian aid to Afghanistan given the approaching winter season.',
		summary: 'Iran and Russia agree that humanitarian aid must reach Afghanistan before winter.'
	},
	{
		id: 's19', date: CALL, occasion: 'ev-call', event: 'REQUEST', attribution: 'paraphrase',
		actors: ['IRN', 'RUS'], recipients: ['AFG'], topics: ['afghanistan'],
		quote: 'They also stressed the importance of forming an inclusive government in Afghanistan.',
		summary: 'Iran and Russia call for an inclusive government in Afghanistan.'
	},
	{
		id: 's20', date: CALL, occasion: 'ev-call', event: 'SUPPORT', attribution: 'paraphrase', speaker: 'amir-abdollahian',
		actors: ['IRN'], recipients: ['3+3'], topics: ['caucasus'],
		quote: 'Amir Abdollahian also referred to the latest developments in South Caucasus and stated that Iran supports the regional negotiations in the form of 3+3 (Iran-Russia-Turkey, Georgia, Azerbaijan, Armenia) and other agreed formats to resolve the South Caucasus issues and expanding regional cooperation.',
		summary: 'Iran backs the 3+3 regional format for the South Caucasus.'
	}

];

export const seedDataset: Dataset = {
	schemaVersion: 1,
	sources: [
		{
			id: SOURCE_ID,
			// The text as published gives no headline (and no outlet): the page says so, and titles it from the data.
			title: '',
			outlet: null,
			dateline: 'TEHRAN',
			published: '2021-11-06',
			language: 'en',
			url: null,
			text
		}
	],
	actors,
	people: [
		{ id: 'amir-abdollahian', name: 'Hossein Amir Abdollahian', role: 'Foreign Minister of Iran', actor: 'IRN' },
		{ id: 'lavrov', name: 'Sergei Lavrov', role: 'Foreign Minister of Russia', actor: 'RUS' },
		{ id: 'baqeri', name: 'Ali Baqeri', role: 'Iran’s chief nuclear negotiator', actor: 'IRN' },
		{ id: 'mora', name: 'Enrique Mora', role: 'EU coordinator of the nuclear deal talks', actor: 'EU' }
	],
	topics: [
		{ id: 'jcpoa', label: 'JCPOA and the Vienna talks' },
		{ id: 'sanctions', label: 'US sanctions' },
		{ id: 'iaea', label: 'IAEA' },
		{ id: 'afghanistan', label: 'Afghanistan' },
		{ id: 'caucasus', label: 'South Caucasus (3+3)' },
		{ id: 'bilateral', label: 'Iran–Russia relations' }
	],
	events: [
		{ id: 'ev-announcement', date: '2021-11-03', title: 'Iran announces its return to the Vienna talks', kind: 'announcement', status: 'held', actors: ['IRN'], source: SOURCE_ID },
		{ id: 'ev-tweet', date: '2021-11-03', title: 'Baqeri tweets the agreed start date after a call with Mora', kind: 'post', status: 'held', actors: ['IRN', 'EU'], source: SOURCE_ID },
		{ id: 'ev-call', date: '2021-11-06', title: 'Amir Abdollahian and Lavrov speak by phone', kind: 'call', status: 'held', actors: ['IRN', 'RUS'], source: SOURCE_ID },
		{ id: 'ev-talks', date: '2021-11-29', title: 'Vienna talks with the P4+1 resume', kind: 'talks', status: 'scheduled', actors: ['IRN', 'P4+1', 'EU'], source: SOURCE_ID }
	],
	statements: coded.map((s) => ({ ...s, source: SOURCE_ID, span: spanOf(text, s.quote) }))
};
