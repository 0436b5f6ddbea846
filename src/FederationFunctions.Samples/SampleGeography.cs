using FederationFunctions.Core.Model;

namespace FederationFunctions.Samples;

/// <summary>The territories (assemblées territoriales) of the sample federation and the communes of each.</summary>
internal static class SampleGeography
{
    /// <summary>13 territories: 7 in Nord, 6 in Pas-de-Calais, with real communes.</summary>
    public static IReadOnlyList<SampleTerritory> Territories { get; } =
    [
        new("LIL", "Lille Métropole", Department.Nord, 18, ["Lille", "Villeneuve-d'Ascq", "Lomme", "Hellemmes", "Faches-Thumesnil", "Loos", "Wattignies"]),
        new("ROU", "Roubaix-Tourcoing", Department.Nord, 14, ["Roubaix", "Tourcoing", "Wattrelos", "Croix", "Hem", "Halluin"]),
        new("DUN", "Flandre-Dunkerque", Department.Nord, 9, ["Dunkerque", "Grande-Synthe", "Coudekerque-Branche", "Hazebrouck", "Bailleul"]),
        new("VAL", "Valenciennois", Department.Nord, 9, ["Valenciennes", "Denain", "Anzin", "Saint-Saulve", "Condé-sur-l'Escaut"]),
        new("CAM", "Cambrésis", Department.Nord, 6, ["Cambrai", "Caudry", "Le Cateau-Cambrésis", "Solesmes"]),
        new("SAM", "Sambre-Avesnois", Department.Nord, 7, ["Maubeuge", "Hautmont", "Jeumont", "Fourmies", "Avesnes-sur-Helpe"]),
        new("DOU", "Douaisis", Department.Nord, 7, ["Douai", "Sin-le-Noble", "Waziers", "Somain", "Guesnain"]),
        new("ART", "Artois", Department.PasDeCalais, 6, ["Arras", "Saint-Laurent-Blangy", "Achicourt", "Saint-Pol-sur-Ternoise"]),
        new("LEN", "Lens-Liévin", Department.PasDeCalais, 8, ["Lens", "Liévin", "Avion", "Méricourt", "Sallaumines", "Harnes"]),
        new("BET", "Béthunois", Department.PasDeCalais, 6, ["Béthune", "Bruay-la-Buissière", "Noeux-les-Mines", "Auchel", "Isbergues"]),
        new("BOU", "Boulonnais", Department.PasDeCalais, 5, ["Boulogne-sur-Mer", "Outreau", "Le Portel", "Saint-Martin-Boulogne"]),
        new("CAL", "Calaisis", Department.PasDeCalais, 5, ["Calais", "Marck", "Coulogne", "Guînes"]),
        new("AUD", "Audomarois", Department.PasDeCalais, 4, ["Saint-Omer", "Arques", "Longuenesse", "Aire-sur-la-Lys"]),
    ];

    /// <summary>Names given to centres (combined with the commune).</summary>
    public static IReadOnlyList<string> CentreNames { get; } =
    [
        "Centre social {0}", "Centre social et culturel {0}", "Maison de quartier de {0}", "Centre socioculturel {0}",
        "Centre social Les Tilleuls", "Centre social La Passerelle", "Centre social L'Escale", "Centre social Le Phare",
        "Centre social Arc-en-ciel", "Centre social Georges Brassens", "Centre social Nelson Mandela", "Centre social Jean Jaurès",
    ];

    /// <summary>Names given to espaces de vie sociale.</summary>
    public static IReadOnlyList<string> EvsNames { get; } =
    [
        "Espace de vie sociale {0}", "EVS Le Petit Pont", "EVS La Ruche", "Espace de vie sociale Les Jardins",
    ];
}

/// <summary>A sample territory and its relative weight in the network.</summary>
internal sealed record SampleTerritory(string Code, string Name, Department Department, int Weight, IReadOnlyList<string> Communes);
