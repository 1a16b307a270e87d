<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../guiapp/ui/about.py" line="17" />
        <source>About guiapp</source>
        <translation>À propos de guiapp</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/about.py" line="21" />
        <source># guiapp {version}

A desktop application that teaches convolutional and recurrent neural networks, following the course *Réseaux de neurones convolutifs et récurrents*.

guiapp is free software under the BSD-3-Clause licence. It runs offline: it never reaches the network unless you ask for a download.

Python {python}, PySide6 {pyside}. {tensorflow}

</source>
        <translation># guiapp {version}

Une application de bureau pour enseigner les réseaux de neurones convolutifs et récurrents, d'après le cours *Réseaux de neurones convolutifs et récurrents*.

guiapp est un logiciel libre sous licence BSD-3-Clause. Il fonctionne hors ligne : il n'accède jamais au réseau, sauf si vous demandez un téléchargement.

Python {python}, PySide6 {pyside}. {tensorflow}

</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/about.py" line="36" />
        <source>Teacher settings in force: %1</source>
        <translation>Réglages de l'enseignant en vigueur : %1</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/about.py" line="43" />
        <source>Ignored: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
</context>
<context>
    <name>BuilderTab</name>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="257" />
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="259" />
        <source>Course: MNIST dense network (78 500 + 1 010)</source>
        <translation>Cours : réseau dense MNIST (78 500 + 1 010)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="261" />
        <source>Course: Fashion-MNIST CNN, printed summary (108 810)</source>
        <translation>Cours : CNN Fashion-MNIST, résumé imprimé (108 810)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="263" />
        <source>Course: deeper Fashion-MNIST CNN (82 870)</source>
        <translation>Cours : CNN Fashion-MNIST plus profond (82 870)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="264" />
        <source>LeNet-5 (LeCun 1998), a classic beyond the course</source>
        <translation>LeNet-5 (LeCun 1998), un classique au-delà du cours</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="283" />
        <source>H, the input height in pixels (28 for MNIST).</source>
        <translation>H, la hauteur de l'entrée en pixels (28 pour MNIST).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="285" />
        <source>W, the input width in pixels.</source>
        <translation>W, la largeur de l'entrée en pixels.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="287" />
        <source>D, the number of channels: 1 for grey, 3 for colour.</source>
        <translation>D, le nombre de canaux : 1 en niveaux de gris, 3 en couleurs.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="291" />
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="292" />
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="293" />
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="302" />
        <source>The layers, input at the top. Drag to reorder; Delete removes, Ctrl+D duplicates, Ctrl+Up/Down moves.</source>
        <translation>Les couches, l'entrée en haut. Glissez pour réordonner ; Suppr supprime, Ctrl+D duplique, Ctrl+Haut/Bas déplace.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="310" />
        <source>Add layer</source>
        <translation>Ajouter une couche</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="317" />
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="318" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="321" />
        <source>Move the layer up (Ctrl+Up)</source>
        <translation>Monter la couche (Ctrl+Haut)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="322" />
        <source>Move the layer down (Ctrl+Down)</source>
        <translation>Descendre la couche (Ctrl+Bas)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="346" />
        <location filename="../../guiapp/ui/builder_tab.py" line="675" />
        <source>Selected layer</source>
        <translation>Couche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="349" />
        <source>Exercise mode: hide the answers</source>
        <translation>Mode exercice : cacher les réponses</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="352" />
        <source>For the teacher: the shapes and counts are hidden; students type them, then Check answers.</source>
        <translation>Pour l'enseignant : les formes et les nombres sont cachés ; les étudiants les tapent, puis Vérifier les réponses.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="357" />
        <source>Check answers</source>
        <translation>Vérifier les réponses</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="360" />
        <source>Check with Keras</source>
        <translation>Vérifier avec Keras</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="363" />
        <source>Build the model with Keras in the background and compare its summary with ours, row by row.</source>
        <translation>Construire le modèle avec Keras en arrière-plan et comparer son résumé au nôtre, ligne par ligne.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="368" />
        <source>Train this network</source>
        <translation>Entraîner ce réseau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="370" />
        <source>Open the training tab with this network.</source>
        <translation>Ouvrir l'onglet d'apprentissage avec ce réseau.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="373" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="374" />
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="375" />
        <source>Export Keras script…</source>
        <translation>Exporter un script Keras…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="386" />
        <source>Preset:</source>
        <translation>Préréglage :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="387" />
        <source>Input:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="402" />
        <location filename="../../guiapp/ui/builder_tab.py" line="426" />
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="403" />
        <source>Output shape</source>
        <translation>Forme de sortie</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="404" />
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="405" />
        <source>Output size formula</source>
        <translation>Formule de la taille</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="406" />
        <source>Parameter formula</source>
        <translation>Formule des paramètres</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="427" />
        <source>Keras output shape</source>
        <translation>Forme de sortie Keras</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="428" />
        <source>Keras parameters</source>
        <translation>Paramètres Keras</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="429" />
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="438" />
        <source>Keras's own summary appears here after Check with Keras.</source>
        <translation>Le résumé de Keras apparaît ici après « Vérifier avec Keras ».</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="473" />
        <source>Set network</source>
        <translation>Changer le réseau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="480" />
        <source>Add %s</source>
        <translation>Ajouter %s</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="491" />
        <source>Remove %s</source>
        <translation>Supprimer %s</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="504" />
        <source>Duplicate %s</source>
        <translation>Dupliquer %s</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="518" />
        <location filename="../../guiapp/ui/builder_tab.py" line="795" />
        <source>Move %s</source>
        <translation>Déplacer %s</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="529" />
        <source>Edit %s</source>
        <translation>Modifier %s</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="581" />
        <location filename="../../guiapp/ui/builder_tab.py" line="652" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="613" />
        <location filename="../../guiapp/ui/builder_tab.py" line="620" />
        <source>Layer %1 (%2): %3</source>
        <translation>Couche %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="639" />
        <source>Total: %1 parameters, %2 KiB of weights in float32 (4 bytes each).</source>
        <translation>Total : %1 paramètres, %2 Kio de poids en float32 (4 octets chacun).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="633" />
        <source>Exercise mode: type each output shape and parameter count, then press Check answers.</source>
        <translation>Mode exercice : tapez chaque forme de sortie et chaque nombre de paramètres, puis cliquez sur Vérifier les réponses.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="646" />
        <source>No total until the marked layer is fixed (%1 parameters in the layers above it).</source>
        <translation>Pas de total tant que la couche marquée n'est pas corrigée (%1 paramètres dans les couches au-dessus).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="680" />
        <location filename="../../guiapp/ui/builder_tab.py" line="832" />
        <source>Layer %1: %2</source>
        <translation>Couche %1 : %2</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="683" />
        <source>K, the number of filters: the depth of the output.</source>
        <translation>K, le nombre de filtres : la profondeur de la sortie.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="684" />
        <source>F, the side of each filter (F×F×D weights).</source>
        <translation>F, le côté de chaque filtre (F×F×D poids).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="685" />
        <source>S, the step of the window.</source>
        <translation>S, le pas de la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="687" />
        <source>valid: no padding (P = 0). same: Keras pads so the output is ceil(W/S). Or a number P of zero rows and columns on each side.</source>
        <translation>valid : pas de remplissage (P = 0). same : Keras complète pour que la sortie fasse ceil(W/S). Ou un nombre P de lignes et colonnes de zéros de chaque côté.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="690" />
        <source>The function applied to each output.</source>
        <translation>La fonction appliquée à chaque sortie.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="691" />
        <source>F, the side of each pooling cell.</source>
        <translation>F, le côté de chaque cellule de regroupement.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="693" />
        <source>The number of neurons; each has one weight per input plus a bias.</source>
        <translation>Le nombre de neurones ; chacun a un poids par entrée plus un biais.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="696" />
        <source>The share of inputs set to zero at random during training; no parameter.</source>
        <translation>La part des entrées mises à zéro au hasard pendant l'apprentissage ; aucun paramètre.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="700" />
        <source>Filters K:</source>
        <translation>Filtres K :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="701" />
        <source>Kernel F:</source>
        <translation>Noyau F :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="702" />
        <source>Stride S:</source>
        <translation>Pas S :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="703" />
        <source>Padding:</source>
        <translation>Remplissage :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="704" />
        <source>Activation:</source>
        <translation>Activation :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="705" />
        <source>Window F:</source>
        <translation>Fenêtre F :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="706" />
        <source>Units:</source>
        <translation>Neurones :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="707" />
        <source>Rate:</source>
        <translation>Taux :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="754" />
        <source>Flatten has no setting: it lines the values up into one vector of H×W×D numbers.</source>
        <translation>Flatten n'a pas de réglage : il aligne les valeurs en un seul vecteur de H×W×D nombres.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="768" />
        <source>Preset %s</source>
        <translation>Préréglage %s</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="784" />
        <source>Input %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="837" />
        <source>%1 of %2 answers right.</source>
        <translation>%1 réponses justes sur %2.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="851" />
        <source>Fix the marked layer first: Keras would refuse this network too.</source>
        <translation>Corrigez d'abord la couche marquée : Keras refuserait aussi ce réseau.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="856" />
        <source>Building the model with Keras…</source>
        <translation>Construction du modèle avec Keras…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="880" />
        <source>✗ ours: %1, %2</source>
        <translation>✗ le nôtre : %1, %2</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="889" />
        <source>Keras agrees on %1 of %2 layers.</source>
        <translation>Keras est d'accord sur %1 couches sur %2.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="897" />
        <source>Keras could not build this model: %1</source>
        <translation>Keras n'a pas pu construire ce modèle : %1</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="923" />
        <source>this is not a JSON file (%1)</source>
        <translation>ce n'est pas un fichier JSON (%1)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="928" />
        <source>this JSON file is not a guiapp network (no "format": "guiapp-network")</source>
        <translation>ce fichier JSON n'est pas un réseau guiapp (pas de "format": "guiapp-network")</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="931" />
        <location filename="../../guiapp/ui/builder_tab.py" line="936" />
        <source>Open network</source>
        <translation>Ouvrir un réseau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="938" />
        <location filename="../../guiapp/ui/builder_tab.py" line="968" />
        <source>guiapp networks (*.json)</source>
        <translation>Réseaux guiapp (*.json)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="949" />
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="958" />
        <source>Cannot open this network</source>
        <translation>Impossible d'ouvrir ce réseau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="966" />
        <source>Save network</source>
        <translation>Enregistrer le réseau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="980" />
        <source>Export Keras script</source>
        <translation>Exporter un script Keras</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/builder_tab.py" line="982" />
        <source>Python scripts (*.py)</source>
        <translation>Scripts Python (*.py)</translation>
    </message>
</context>
<context>
    <name>ConvTab</name>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="77" />
        <source>Convolution</source>
        <translation>Convolution</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="78" />
        <source>Sobel edges</source>
        <translation>Bords de Sobel</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="79" />
        <source>Pooling</source>
        <translation>Regroupement (pooling)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="123" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="126" />
        <source>Photos shipped with guiapp (CC0 / public domain).</source>
        <translation>Photos fournies avec guiapp (CC0 / domaine public).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="129" />
        <source>Chelsea the cat, 300×168 (the course's size)</source>
        <translation>Chelsea la chatte, 300×168 (la taille du cours)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="131" />
        <source>Coffee cup</source>
        <translation>Tasse de café</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="132" />
        <source>Camera (grey)</source>
        <translation>Photographe (gris)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="133" />
        <source>Rocket launch</source>
        <translation>Lancement de fusée</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="134" />
        <source>Brick wall (grey)</source>
        <translation>Mur de briques (gris)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="135" />
        <source>Opened file</source>
        <translation>Fichier ouvert</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="136" />
        <source>Open image…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="139" />
        <source>Open a PNG, JPEG, BMP, GIF, TIFF or WebP file (Ctrl+O), or drop one on the window.</source>
        <translation>Ouvrir un fichier PNG, JPEG, BMP, GIF, TIFF ou WebP (Ctrl+O), ou en déposer un sur la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="144" />
        <source>Mean of R, G, B (as the course)</source>
        <translation>Moyenne de R, V, B (comme le cours)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="146" />
        <source>Luminance 0.299 R + 0.587 G + 0.114 B</source>
        <translation>Luminance 0,299 R + 0,587 V + 0,114 B</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="150" />
        <source>The course computes np.average(img, axis=2).astype(int). Luminance weighs green most, as the eye does.</source>
        <translation>Le cours calcule np.average(img, axis=2).astype(int). La luminance donne plus de poids au vert, comme l'œil.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="157" />
        <source>Sample:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="159" />
        <source>Grey:</source>
        <translation>Gris :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="163" />
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="168" />
        <source>Stride and padding</source>
        <translation>Pas et remplissage</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="172" />
        <source>S, the step of the window: S = 2 halves the output size.</source>
        <translation>S, le pas de la fenêtre : S = 2 divise par deux la taille de la sortie.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="178" />
        <source>P, the width of the black (zero) border added around the input. With F = 3, P = 1 and S = 1 the output keeps the input's size.</source>
        <translation>P, l'épaisseur du contour noir (zéros) ajouté autour de l'entrée. Avec F = 3, P = 1 et S = 1, la sortie garde la taille de l'entrée.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="188" />
        <location filename="../../guiapp/ui/conv_tab.py" line="379" />
        <source>Stride S:</source>
        <translation>Pas S :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="189" />
        <source>Padding P:</source>
        <translation>Remplissage P :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="193" />
        <source>Display of the result</source>
        <translation>Affichage du résultat</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="196" />
        <source>Diverging colours (blue &lt; 0 &lt; red)</source>
        <translation>Couleurs divergentes (bleu &lt; 0 &lt; rouge)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="198" />
        <source>Absolute value</source>
        <translation>Valeur absolue</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="200" />
        <source>Divided by its maximum (as the course)</source>
        <translation>Divisé par son maximum (comme le cours)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="204" />
        <source>A kernel with negative weights gives negative values: choose how to see them.</source>
        <translation>Un noyau à poids négatifs donne des valeurs négatives : choisissez comment les voir.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="215" />
        <source>Show code</source>
        <translation>Voir le code</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="217" />
        <source>The NumPy lines that compute what is on screen (Ctrl+K).</source>
        <translation>Les lignes NumPy qui calculent ce qui est à l'écran (Ctrl+K).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="225" />
        <source>Input (grey)</source>
        <translation>Entrée (gris)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="226" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="233" />
        <source>Receptive field</source>
        <translation>Champ récepteur</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="236" />
        <source>Hover over the output to see the F×F window of the input that makes each pixel; click to pin it. Each output pixel is the sum of window × kernel.</source>
        <translation>Survolez la sortie pour voir la fenêtre F×F de l'entrée qui produit chaque pixel ; cliquez pour la fixer. Chaque pixel de sortie est la somme de fenêtre × noyau.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="248" />
        <source>Window of the input</source>
        <translation>Fenêtre de l'entrée</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="251" />
        <source>Window × kernel</source>
        <translation>Fenêtre × noyau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="256" />
        <location filename="../../guiapp/ui/conv_tab.py" line="790" />
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="265" />
        <source>Step</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="270" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="271" />
        <source>Stop and show the whole output.</source>
        <translation>Arrêter et montrer toute la sortie.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="275" />
        <source>Output pixels per frame while playing.</source>
        <translation>Pixels de sortie par image pendant l'animation.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="283" />
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="337" />
        <source>gx = image ⋆ Sobel x</source>
        <translation>gx = image ⋆ Sobel x</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="338" />
        <source>gy = image ⋆ Sobel y</source>
        <translation>gy = image ⋆ Sobel y</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="339" />
        <source>Magnitude √(gx² + gy²) / max</source>
        <translation>Amplitude √(gx² + gy²) / max</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="340" />
        <source>Direction atan2(gy, gx) in degrees</source>
        <translation>Direction atan2(gy, gx) en degrés</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="321" />
        <source>Keep only pixels whose magnitude is at least this share of the maximum: an edge map.</source>
        <translation>Ne garder que les pixels dont l'amplitude atteint cette part du maximum : une carte des bords.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="260" />
        <source>Slide the window over the image and build the output (Ctrl+Space).</source>
        <translation>Faire glisser la fenêtre sur l'image et construire la sortie (Ctrl+Espace).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="267" />
        <source>Move the window by one output pixel (Ctrl+Right).</source>
        <translation>Avancer la fenêtre d'un pixel de sortie (Ctrl+Droite).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="327" />
        <source>Threshold:</source>
        <translation>Seuil :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="353" />
        <source>Grey image</source>
        <translation>Image en gris</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="354" />
        <source>Convolution output</source>
        <translation>Sortie de la convolution</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="360" />
        <source>F, the side of each square cell. The course uses F = 4, and F = 2 in general.</source>
        <translation>F, le côté de chaque cellule carrée. Le cours utilise F = 4, et F = 2 en général.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="367" />
        <source>S, the distance between cells. S = F: cells do not overlap.</source>
        <translation>S, la distance entre cellules. S = F : les cellules ne se chevauchent pas.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="375" />
        <source>Pool:</source>
        <translation>Regrouper :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="377" />
        <source>Window F:</source>
        <translation>Fenêtre F :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="398" />
        <source>Max pooling</source>
        <translation>Max pooling (maximum)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="399" />
        <source>Average (mean) pooling</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="400" />
        <source>L2 norm √(Σ x²)</source>
        <translation>Norme L2 √(Σ x²)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="401" />
        <source>Mean weighted by distance to the centre</source>
        <translation>Moyenne pondérée par la distance au centre</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="429" />
        <source>Large image</source>
        <translation>Image volumineuse</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="430" />
        <source>Open the smaller copy?</source>
        <translation>Ouvrir la copie réduite ?</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="452" />
        <source>Cannot open this image</source>
        <translation>Impossible d'ouvrir cette image</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="458" />
        <source>Open image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="460" />
        <source>Images (%s)</source>
        <translation>Images (%s)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="460" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="478" />
        <source>%1: %2, shape %3 → grey %4</source>
        <translation>%1 : %2, forme %3 → gris %4</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="530" />
        <source>No output: see the reason on the left</source>
        <translation>Pas de sortie : voir la raison à gauche</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="555" />
        <source>Output %1 × %2 (kernel %3×%4, S = %5, P = %6)</source>
        <translation>Sortie %1 × %2 (noyau %3×%4, S = %5, P = %6)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="571" />
        <source>Output size, (W − F + 2P)/S + 1:</source>
        <translation>Taille de la sortie, (W − F + 2P)/S + 1 :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="577" />
        <source>row(s)</source>
        <translation>ligne(s)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="578" />
        <source>column(s)</source>
        <translation>colonne(s)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="583" />
        <source>%1 is not whole: the stride does not divide the padded input. The window takes %2 steps and the last %3 %4 of the padded image are never used; Keras also keeps the floor, %2.</source>
        <translation>%1 n'est pas entier : le pas ne divise pas l'entrée complétée. La fenêtre fait %2 pas et les %3 dernière(s) %4 de l'image complétée ne sont jamais utilisée(s) ; Keras garde aussi la partie entière, %2.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="596" />
        <source>Output %1 × %2 = %3 values (input: %4).</source>
        <translation>Sortie %1 × %2 = %3 valeurs (entrée : %4).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="607" />
        <source>No output: the %1×%1 kernel does not fit in the %2×%3 image with padding %4. Add padding or choose a smaller kernel.</source>
        <translation>Pas de sortie : le noyau %1×%1 ne tient pas dans l'image %2×%3 avec un remplissage de %4. Ajoutez du remplissage ou choisissez un noyau plus petit.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="650" />
        <source>%1 % of the maximum</source>
        <translation>%1 % du maximum</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="677" />
        <source>Output size, (W − F)/S + 1:</source>
        <translation>Taille de la sortie, (W − F)/S + 1 :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="683" />
        <source>%1 values → %2 values (%3 × %4).</source>
        <translation>%1 valeurs → %2 valeurs (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="692" />
        <source>Not whole: the last cells that do not fit are dropped (floor).</source>
        <translation>Pas entier : les dernières cellules qui ne tiennent pas sont abandonnées (partie entière).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="705" />
        <source>The %1×%1 window does not fit in the %2×%3 input.</source>
        <translation>La fenêtre %1×%1 ne tient pas dans l'entrée %2×%3.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="739" />
        <source>Output [%1, %2] = Σ window × kernel = %3   (window rows %4…%5, columns %6…%7)</source>
        <translation>Sortie [%1, %2] = Σ fenêtre × noyau = %3   (fenêtre : lignes %4…%5, colonnes %6…%7)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="786" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="847" />
        <source>NumPy code for this result</source>
        <translation>Code NumPy de ce résultat</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="853" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/conv_tab.py" line="861" />
        <source>Runs as shown in Python where guiapp is installed:</source>
        <translation>Fonctionne tel quel dans un Python où guiapp est installé :</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="69" />
        <source>{kind}: '{key}' must be a whole number &gt;= {low}, not {value}</source>
        <translation>{kind} : '{key}' doit être un nombre entier &gt;= {low}, pas {value}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="73" />
        <source>the input shape must be three whole numbers &gt;= 1 (H, W, D), not {value}</source>
        <translation>la forme d'entrée doit être trois nombres entiers &gt;= 1 (H, W, D), pas {value}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="77" />
        <source>the layers must be a list</source>
        <translation>les couches doivent former une liste</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="78" />
        <source>layer {position}: unknown layer type {kind}</source>
        <translation>couche {position} : type de couche inconnu {kind}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="81" />
        <source>layer {position}: padding must be 'valid', 'same' or a number P &gt;= 0</source>
        <translation>couche {position} : le remplissage doit être 'valid', 'same' ou un nombre P &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="85" />
        <source>layer {position}: the dropout rate must be in [0, 1)</source>
        <translation>couche {position} : le taux de dropout doit être dans [0, 1)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="88" />
        <source>layer {position}: unknown activation {value}</source>
        <translation>couche {position} : activation inconnue {value}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="91" />
        <source>ceil({w}/{s}): Keras pads so that the window covers every pixel</source>
        <translation>ceil({w}/{s}) : Keras complète pour que la fenêtre couvre chaque pixel</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="95" />
        <source>{exact} is not whole: Keras floors it to {out}</source>
        <translation>{exact} n'est pas entier : Keras garde la partie entière, {out}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="98" />
        <source>not computed: a layer above is invalid</source>
        <translation>non calculé : une couche au-dessus est invalide</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="101" />
        <source>{kind} needs an image-shaped input (H, W, D), but after Flatten its input is {shape}: it has no rows and columns left to slide over</source>
        <translation>{kind} a besoin d'une entrée en forme d'image (H, W, D), mais après Flatten son entrée est {shape} : il n'y a plus de lignes ni de colonnes sur lesquelles glisser</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="106" />
        <source>{kind} needs an image-shaped input (H, W, D), but its input is {shape}: it has no rows and columns left to slide over</source>
        <translation>{kind} a besoin d'une entrée en forme d'image (H, W, D), mais son entrée est {shape} : il n'y a pas de lignes ni de colonnes sur lesquelles glisser</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="111" />
        <source>the {f}x{f} kernel is larger than the {h}x{w} input plus padding: the output would be {oh}x{ow}</source>
        <translation>le noyau {f}x{f} est plus grand que l'entrée {h}x{w} avec son remplissage : la sortie ferait {oh}x{ow}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="116" />
        <source>the {f}x{f} window does not fit in the {h}x{w} input</source>
        <translation>la fenêtre {f}x{f} ne tient pas dans l'entrée {h}x{w}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="119" />
        <source>no Flatten before Dense: Keras applies Dense to the last axis only, so each of the {positions} positions gets its own {units} outputs, shape {shape}, not a vector</source>
        <translation>pas de Flatten avant Dense : Keras applique Dense au dernier axe seulement, donc chacune des {positions} positions reçoit ses propres {units} sorties, forme {shape}, et non un vecteur</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="124" />
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="125" />
        <source>0 (pooling learns nothing)</source>
        <translation>0 (le regroupement n'apprend rien)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="126" />
        <source>units = {units}</source>
        <translation>neurones = {units}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="127" />
        <source>{name}: cannot be read ({error})</source>
        <translation>{name} : illisible ({error})</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="128" />
        <source>{name}: not an IDX file (wrong magic number)</source>
        <translation>{name} : ce n'est pas un fichier IDX (mauvais nombre magique)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="131" />
        <source>{name}: unsupported IDX magic number {magic}</source>
        <translation>{name} : nombre magique IDX non pris en charge {magic}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="134" />
        <source>{name}: truncated header</source>
        <translation>{name} : en-tête tronqué</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="135" />
        <source>{name}: truncated: the header announces {shape}, {expected} values, the file holds {actual}</source>
        <translation>{name} : tronqué : l'en-tête annonce {shape}, {expected} valeurs, le fichier en contient {actual}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="139" />
        <source>{name}: longer than its header says: the header announces {shape}, {expected} values, the file holds {actual}</source>
        <translation>{name} : plus long que ne le dit son en-tête : l'en-tête annonce {shape}, {expected} valeurs, le fichier en contient {actual}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="144" />
        <source>{source}: no {key} array</source>
        <translation>{source} : pas de tableau {key}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="145" />
        <source>{source}: the images {key} have shape {shape}, not (N, 28, 28)</source>
        <translation>{source} : les images {key} ont la forme {shape}, et non (N, 28, 28)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="149" />
        <source>{source}: {count} images in {images} but {labels} labels in {key}</source>
        <translation>{source} : {count} images dans {images} mais {labels} étiquettes dans {key}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="153" />
        <source>{source}: labels in {key} outside 0-9</source>
        <translation>{source} : étiquettes de {key} hors de 0-9</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="156" />
        <source>{source}: not a readable .npz file ({error})</source>
        <translation>{source} : fichier .npz illisible ({error})</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="159" />
        <source>unknown dataset {name}; choose one of {choices}</source>
        <translation>jeu de données inconnu {name} ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="162" />
        <source>{name} is not installed on this computer. Import its files (the four IDX .gz files or an .npz) or download it (about {size} MB).</source>
        <translation>{name} n'est pas installé sur cet ordinateur. Importez ses fichiers (les quatre fichiers IDX .gz ou un .npz) ou téléchargez-le (environ {size} Mo).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="167" />
        <source>only mnist and fashion-mnist can be imported, not {name}</source>
        <translation>seuls mnist et fashion-mnist peuvent être importés, pas {name}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="170" />
        <source>{source}: missing {files}</source>
        <translation>{source} : il manque {files}</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="171" />
        <source>{source}: choose a folder of IDX .gz files or an .npz file</source>
        <translation>{source} : choisissez un dossier de fichiers IDX .gz ou un fichier .npz</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/i18n.py" line="174" />
        <source>download of {name} cancelled</source>
        <translation>téléchargement de {name} annulé</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../guiapp/app.py" line="60" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../guiapp/app.py" line="61" />
        <source>guiapp hit an unexpected error. Your work is saved; you can go on. Details below, for a bug report.</source>
        <translation>guiapp a rencontré une erreur inattendue. Votre travail est enregistré ; vous pouvez continuer. Détails ci-dessous, pour un rapport de bogue.</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="108" />
        <source>Draw a digit with the mouse (white on black, like MNIST).</source>
        <translation>Dessinez un chiffre à la souris (blanc sur noir, comme MNIST).</translation>
    </message>
</context>
<context>
    <name>FashionClasses</name>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="51" />
        <source>T-shirt/top</source>
        <translation>T-shirt/haut</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="52" />
        <source>Trouser</source>
        <translation>Pantalon</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="53" />
        <source>Pullover</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="54" />
        <source>Dress</source>
        <translation>Robe</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="55" />
        <source>Coat</source>
        <translation>Manteau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="56" />
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="57" />
        <source>Shirt</source>
        <translation>Chemise</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="58" />
        <source>Sneaker</source>
        <translation>Basket</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="59" />
        <source>Bag</source>
        <translation>Sac</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="60" />
        <source>Ankle boot</source>
        <translation>Bottine</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="15" />
        <source>The small grid of weights slid over the image; a CNN learns them.</source>
        <translation>La petite grille de poids que l'on fait glisser sur l'image ; un CNN les apprend.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="23" />
        <source>S: how many pixels the window moves at each step.</source>
        <translation>S : de combien de pixels la fenêtre avance à chaque pas.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="30" />
        <source>P: a border of zeros added around the input, so the output can keep its size.</source>
        <translation>P : un contour de zéros ajouté autour de l'entrée, pour que la sortie garde sa taille.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="38" />
        <source>Summarises each F×F cell by one number (max, mean, L2 norm…), shrinking the image.</source>
        <translation>Résume chaque cellule F×F par un seul nombre (max, moyenne, norme L2…) et réduit l'image.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="46" />
        <source>Every output is connected to every input, with its own weight.</source>
        <translation>Chaque sortie est reliée à chaque entrée, avec son propre poids.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="54" />
        <source>The part of the input that one output pixel depends on.</source>
        <translation>La partie de l'entrée dont dépend un pixel de sortie.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="61" />
        <source>The output of one filter of a convolution layer.</source>
        <translation>La sortie d'un filtre d'une couche de convolution.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="68" />
        <source>What CNNs call convolution: the kernel is used without flipping it.</source>
        <translation>Ce que les CNN appellent convolution : le noyau est utilisé sans être retourné.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="76" />
        <source>D: 1 for a grey image, 3 for colour, K after a layer of K filters.</source>
        <translation>D : 1 pour une image en niveaux de gris, 3 en couleurs, K après une couche de K filtres.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="84" />
        <source>The non-linearity applied after a layer: ReLU, sigmoid, tanh, softmax.</source>
        <translation>La non-linéarité appliquée après une couche : ReLU, sigmoïde, tanh, softmax.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="92" />
        <source>A network that reads a sequence step by step and carries a state.</source>
        <translation>Un réseau qui lit une séquence pas à pas et transporte un état.</translation>
    </message>
</context>
<context>
    <name>GlossaryDock</name>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="104" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="108" />
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="108" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/glossary.py" line="108" />
        <source>Meaning</source>
        <translation>Sens</translation>
    </message>
</context>
<context>
    <name>ImageError</name>
    <message>
        <location filename="../../guiapp/images.py" line="80" />
        <source>The file {name} does not exist.</source>
        <extracomment>Largest image (in pixels) shown interactively: 2048 x 2048. Convolving a larger one on every keystroke would make the tab stutter on a laptop. Largest image Qt may allocate at all, in megabytes. A decompression bomb (a tiny file that claims 50 000 x 50 000 pixels) is refused from its header before any pixel is decoded.</extracomment>
        <translation>Le fichier {name} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../guiapp/images.py" line="86" />
        <source>{name} is a folder, not an image file. Choose a file inside it.</source>
        <translation>{name} est un dossier, pas un fichier image. Choisissez un fichier à l'intérieur.</translation>
    </message>
    <message>
        <location filename="../../guiapp/images.py" line="93" />
        <source>guiapp is not allowed to read {name}. Check the file's permissions.</source>
        <translation>guiapp n'a pas le droit de lire {name}. Vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <location filename="../../guiapp/images.py" line="100" />
        <source>{name} is empty (0 bytes): it holds no image.</source>
        <translation>{name} est vide (0 octet) : il ne contient aucune image.</translation>
    </message>
    <message>
        <location filename="../../guiapp/images.py" line="116" />
        <source>guiapp cannot read .{suffix} files. Supported formats: {formats}.</source>
        <translation>guiapp ne sait pas lire les fichiers .{suffix}. Formats pris en charge : {formats}.</translation>
    </message>
    <message>
        <location filename="../../guiapp/images.py" line="122" />
        <source>{name} is not an image guiapp can read: its content is not a valid image (the file may be damaged, or be another kind of file with an image's name).</source>
        <translation>{name} n'est pas une image que guiapp peut lire : son contenu n'est pas une image valide (le fichier est peut-être endommagé, ou c'est un autre type de fichier portant un nom d'image).</translation>
    </message>
    <message>
        <location filename="../../guiapp/images.py" line="182" />
        <source>{name} is {width} x {height} pixels, too large to convolve interactively. guiapp can open a copy of {sw} x {sh} pixels.</source>
        <translation>{name} fait {width} x {height} pixels, trop grand pour une convolution interactive. guiapp peut en ouvrir une copie de {sw} x {sh} pixels.</translation>
    </message>
    <message>
        <location filename="../../guiapp/images.py" line="200" />
        <source>{name} could not be decoded ({reason}). The file may be truncated or damaged.</source>
        <translation>{name} n'a pas pu être décodé ({reason}). Le fichier est peut-être tronqué ou endommagé.</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../guiapp/ui/image_view.py" line="302" />
        <source>Fit image to view</source>
        <extracomment>How a pane maps numbers to colours. grey: 0..255 as a photo; diverging: symmetric around 0 (blue &lt; 0 &lt; red); absolute: |value| in grey; max: value / max(value) as the course shows it; cyclic: an angle in degrees; binary: 0/1 edges; auto: grey from min to max.</extracomment>
        <translation>Ajuster l'image à la vue</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/image_view.py" line="304" />
        <source>Export this image as PNG…</source>
        <translation>Exporter cette image en PNG…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/image_view.py" line="313" />
        <source>Export image</source>
        <translation>Exporter l'image</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/image_view.py" line="313" />
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>KernelEditor</name>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="136" />
        <source>F, the kernel size. Each output pixel sees an F×F window of the input.</source>
        <translation>F, la taille du noyau. Chaque pixel de sortie voit une fenêtre F×F de l'entrée.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="141" />
        <source>Classic filters and the course's kernels A, B and C.</source>
        <translation>Filtres classiques et noyaux A, B et C du cours.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="143" />
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="150" />
        <source>The kernel's weights. Type a number (-1, 0.5, 0,5 or 1/9); the result updates at once. Ctrl+Z undoes.</source>
        <translation>Les poids du noyau. Tapez un nombre (-1, 0.5, 0,5 ou 1/9) ; le résultat se met à jour aussitôt. Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="160" />
        <location filename="../../guiapp/ui/kernel_editor.py" line="333" />
        <source>Normalise</source>
        <translation>Normaliser</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="163" />
        <source>Divide by the sum of the weights, so a flat image keeps its brightness (by the sum of absolute values when the weights sum to 0).</source>
        <translation>Diviser par la somme des poids, pour qu'une image uniforme garde sa luminosité (par la somme des valeurs absolues quand les poids somment à 0).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="167" />
        <source>Flip kernel (true convolution)</source>
        <translation>Retourner le noyau (vraie convolution)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="170" />
        <source>CNNs compute a cross-correlation: the kernel is used as is. True convolution flips it left-right and up-down first. For a symmetric kernel both give the same result; try Sobel x or the course's kernel B.</source>
        <translation>Les CNN calculent une corrélation croisée : le noyau est utilisé tel quel. La vraie convolution le retourne d'abord de gauche à droite et de haut en bas. Pour un noyau symétrique, les deux donnent le même résultat ; essayez Sobel x ou le noyau B du cours.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="178" />
        <source>Preset:</source>
        <translation>Préréglage :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="179" />
        <source>Size F:</source>
        <translation>Taille F :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="223" />
        <source>Set kernel</source>
        <translation>Changer le noyau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="232" />
        <source>Preset %s</source>
        <translation>Préréglage %s</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="274" />
        <source>Sum of weights: %s</source>
        <translation>Somme des poids : %s</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="294" />
        <source>Kernel size %d</source>
        <translation>Taille du noyau %d</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="313" />
        <source>"%s" is not a number. Type a number such as -1, 0.5 or 1/9.</source>
        <translation>« %s » n'est pas un nombre. Tapez un nombre comme -1, 0,5 ou 1/9.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="325" />
        <source>Cell (%d, %d) = %s</source>
        <translation>Case (%d, %d) = %s</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="346" />
        <source>Flip kernel</source>
        <translation>Retourner le noyau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="346" />
        <source>Unflip kernel</source>
        <translation>Remettre le noyau à l'endroit</translation>
    </message>
</context>
<context>
    <name>Kernels</name>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="33" />
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="34" />
        <source>Box blur (mean)</source>
        <translation>Flou moyen (boîte)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="35" />
        <source>Gaussian blur</source>
        <translation>Flou gaussien</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="36" />
        <source>Sharpen</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="37" />
        <source>Laplacian</source>
        <translation>Laplacien</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="38" />
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x (bords verticaux)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="39" />
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y (bords horizontaux)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="40" />
        <source>Prewitt x</source>
        <translation>Prewitt x</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="41" />
        <source>Prewitt y</source>
        <translation>Prewitt y</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="42" />
        <source>Emboss</source>
        <translation>Estampage</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="43" />
        <source>Course kernel A (3×3)</source>
        <translation>Noyau A du cours (3×3)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="44" />
        <source>Course kernel B (3×3)</source>
        <translation>Noyau B du cours (3×3)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="45" />
        <source>Course kernel C (5×5)</source>
        <translation>Noyau C du cours (5×5)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../guiapp/ui/controller.py" line="46" />
        <source>Loading TensorFlow in the background…</source>
        <translation>Chargement de TensorFlow en arrière-plan…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/controller.py" line="50" />
        <source>%1 ready</source>
        <translation>%1 prêt</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/controller.py" line="54" />
        <source>TensorFlow could not be loaded: %1</source>
        <translation>TensorFlow n'a pas pu être chargé : %1</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="49" />
        <source>guiapp — convolutional and recurrent networks</source>
        <extracomment>Tabs in the order they appear, by the name ``--tab`` takes. Made after the window shows (or when first needed).</extracomment>
        <translation>guiapp — réseaux convolutifs et récurrents</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="68" />
        <source>Convolution &amp;&amp; pooling</source>
        <translation>Convolution &amp;&amp; regroupement</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="69" />
        <source>CNN builder</source>
        <translation>Constructeur de CNN</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="70" />
        <source>Training</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="71" />
        <source>Recurrent networks</source>
        <translation>Réseaux récurrents</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="230" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="232" />
        <source>&amp;Open image…</source>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="238" />
        <source>&amp;Export result as PNG…</source>
        <translation>&amp;Exporter le résultat en PNG…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="241" />
        <source>Show &amp;code</source>
        <translation>Voir le &amp;code</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="245" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="248" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="254" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="256" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="263" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="265" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="269" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="272" />
        <source>&amp;Reset zoom</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="276" />
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="280" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="292" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="293" />
        <source>&amp;About guiapp</source>
        <translation>&amp;À propos de guiapp</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="321" />
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="353" />
        <source>Export result as PNG</source>
        <translation>Exporter le résultat en PNG</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="355" />
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="362" />
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/main_window.py" line="364" />
        <source>Could not write %1</source>
        <translation>Impossible d'écrire %1</translation>
    </message>
</context>
<context>
    <name>OddSpinBox</name>
    <message>
        <location filename="../../guiapp/ui/kernel_editor.py" line="91" />
        <source>A kernel has an odd size (1, 3, 5 … 11) so that it has a centre pixel.</source>
        <translation>Un noyau a une taille impaire (1, 3, 5 … 11) pour avoir un pixel central.</translation>
    </message>
</context>
<context>
    <name>RnnTab</name>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="88" />
        <source>Series and windows</source>
        <translation>Série et fenêtres</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="89" />
        <source>The cell, by hand</source>
        <translation>La cellule, à la main</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="90" />
        <source>Shapes</source>
        <translation>Formes</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="91" />
        <source>Train and animate</source>
        <translation>Entraîner et animer</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="93" />
        <source>Gradients through time</source>
        <translation>Gradients dans le temps</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="112" />
        <source>sin t (the course)</source>
        <translation>sin t (le cours)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="113" />
        <source>sum of two sines</source>
        <translation>somme de deux sinus</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="114" />
        <source>square wave</source>
        <translation>signal carré</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="115" />
        <source>sawtooth</source>
        <translation>dents de scie</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="116" />
        <source>damped sine</source>
        <translation>sinus amorti</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="140" />
        <source>s, the number of past values the network reads to predict the next.</source>
        <translation>s, le nombre de valeurs passées que le réseau lit pour prédire la suivante.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="147" />
        <source>The first windows train the network; the rest test it.</source>
        <translation>Les premières fenêtres entraînent le réseau ; les autres le testent.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="165" />
        <source>x = signal(t) + noise, cut into windows</source>
        <translation>x = signal(t) + bruit, découpé en fenêtres</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="169" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="715" />
        <source>signal without noise</source>
        <translation>signal sans bruit</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="176" />
        <source>noisy series x</source>
        <translation>série bruitée x</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="194" />
        <source>target Y = x[i + s]</source>
        <translation>cible Y = x[i + s]</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="197" />
        <source>Signal:</source>
        <translation>Signal :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="198" />
        <source>t from:</source>
        <translation>t de :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="199" />
        <source>t to:</source>
        <translation>t à :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="200" />
        <source>step:</source>
        <translation>pas :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="201" />
        <source>noise σ:</source>
        <translation>bruit σ :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="202" />
        <source>seed:</source>
        <translation>graine :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="203" />
        <source>window s:</source>
        <translation>fenêtre s :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="204" />
        <source>training windows:</source>
        <translation>fenêtres d'apprentissage :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="214" />
        <source>Window i:</source>
        <translation>Fenêtre i :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="246" />
        <source>t: %1 points. Windows of s = %2: X %3, Y %4. Training: the first %5 windows; test: the next %6.</source>
        <translation>t : %1 points. Fenêtres de s = %2 : X %3, Y %4. Apprentissage : les %5 premières fenêtres ; test : les %6 suivantes.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="284" />
        <source>X[%1] = [%2]  →  Y[%1] = x[%1 + s] = %3</source>
        <translation>X[%1] = [%2]  →  Y[%1] = x[%1 + s] = %3</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="305" />
        <source>The input sequence X, one row per time step; edit the numbers.</source>
        <translation>La séquence d'entrée X, une ligne par pas de temps ; modifiez les nombres.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="312" />
        <source>Course example (3 units, input 2, sigmoid)</source>
        <translation>Exemple du cours (3 neurones, entrée 2, sigmoïde)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="315" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="686" />
        <source>Step</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="317" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="470" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="683" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="918" />
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="320" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="331" />
        <source>The state h_t, unit by unit</source>
        <translation>L'état h_t, neurone par neurone</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="339" />
        <source>h after each step: one column per time step.</source>
        <translation>h après chaque pas : une colonne par pas de temps.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="345" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="532" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="726" />
        <source>Units:</source>
        <translation>Neurones :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="346" />
        <source>Input size:</source>
        <translation>Taille d'entrée :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="347" />
        <source>Activation f:</source>
        <translation>Activation f :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="348" />
        <source>Seed of the weights:</source>
        <translation>Graine des poids :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="355" />
        <source>Input sequence X:</source>
        <translation>Séquence d'entrée X :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="360" />
        <source>h_t = f(Wx^T x_t + Wy^T h_(t-1) + b)</source>
        <translation>h_t = f(Wx^T x_t + Wy^T h_(t-1) + b)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="405" />
        <source>"%1" is not a number; the cell keeps %2.</source>
        <translation>« %1 » n'est pas un nombre ; la case garde %2.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="436" />
        <source>t = 0: h is zero. Press Step to read x_0.</source>
        <translation>t = 0 : h est nul. Cliquez sur Pas à pas pour lire x_0.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="445" />
        <source>End of the sequence: the layer returns h = the last state.</source>
        <translation>Fin de la séquence : la couche renvoie h = le dernier état.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="470" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="918" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="496" />
        <source>Course cases…</source>
        <translation>Cas du cours…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="514" />
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="514" />
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="522" />
        <source>Check with Keras</source>
        <translation>Vérifier avec Keras</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="527" />
        <source>Course cases:</source>
        <translation>Cas du cours :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="528" />
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="529" />
        <source>Batch:</source>
        <translation>Lot :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="530" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="1028" />
        <source>Time steps:</source>
        <translation>Pas de temps :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="531" />
        <source>Features:</source>
        <translation>Caractéristiques :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="578" />
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="579" />
        <source>final state</source>
        <translation>état final</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="580" />
        <source>memory state (h)</source>
        <translation>état mémoire (h)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="581" />
        <source>carry state (c)</source>
        <translation>état de retenue (c)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="589" />
        <source>Parameters: %1</source>
        <translation>Paramètres : %1</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="592" />
        <source>(Wx: features×units, Wy: units×units, b: units)</source>
        <translation>(Wx : caractéristiques×neurones, Wy : neurones×neurones, b : neurones)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="593" />
        <source>(four gates, each like a SimpleRNN)</source>
        <translation>(quatre portes, chacune comme un SimpleRNN)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="594" />
        <source>(three gates, two biases each in Keras)</source>
        <translation>(trois portes, deux biais chacune dans Keras)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="622" />
        <source>Keras: %1, %2 parameters.</source>
        <translation>Keras : %1, %2 paramètres.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="656" />
        <source>Gradient clipping: 0 is off; otherwise gradients longer than this are scaled down (against exploding gradients).</source>
        <translation>Écrêtage des gradients : 0 le désactive ; sinon les gradients plus longs sont réduits (contre l'explosion des gradients).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="660" />
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="661" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="662" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="670" />
        <source>The course's model: SimpleRNN(20, relu) → Dense(5, relu) → Dense(1), 551 parameters; MSE, RMSprop, 200 epochs, batch 16.</source>
        <translation>Le modèle du cours : SimpleRNN(20, relu) → Dense(5, relu) → Dense(1), 551 paramètres ; MSE, RMSprop, 200 époques, lots de 16.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="678" />
        <source>Forecast beyond the data</source>
        <translation>Prévoir au-delà des données</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="680" />
        <source>Feed each prediction back as the next input, N times.</source>
        <translation>Réinjecter chaque prédiction comme entrée suivante, N fois.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="691" />
        <source>Windows per second ÷ 3</source>
        <translation>Fenêtres par seconde ÷ 3</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="692" />
        <source>Training loss (MSE)</source>
        <translation>Perte d'apprentissage (MSE)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="696" />
        <source>Predictions (red) drawn at t + step·s, over the noisy points</source>
        <translation>Prédictions (en rouge) tracées en t + pas·s, sur les points bruités</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="704" />
        <source>noisy series</source>
        <translation>série bruitée</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="707" />
        <source>prediction</source>
        <translation>prédiction</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="711" />
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="725" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="1026" />
        <source>Cell:</source>
        <translation>Cellule :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="727" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="1027" />
        <source>Activation:</source>
        <translation>Activation :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="728" />
        <source>Optimizer:</source>
        <translation>Optimiseur :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="729" />
        <source>Learning rate:</source>
        <translation>Taux d'apprentissage :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="730" />
        <source>Epochs:</source>
        <translation>Époques :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="731" />
        <location filename="../../guiapp/ui/rnn_tab.py" line="1030" />
        <source>clipnorm:</source>
        <translation>clipnorm :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="741" />
        <source>N:</source>
        <translation>N :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="751" />
        <source>Animation: the window slides, the next point appears in red.</source>
        <translation>Animation : la fenêtre glisse, le point suivant apparaît en rouge.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="851" />
        <source>Epoch %1/%2, training MSE %3</source>
        <translation>Époque %1/%2, MSE d'apprentissage %3</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="894" />
        <source>Trained %1 epochs: training MSE %2 (the course prints 0.012).</source>
        <translation>Entraîné %1 époques : MSE d'apprentissage %2 (le cours affiche 0.012).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="899" />
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="976" />
        <source>Compute the gradients</source>
        <translation>Calculer les gradients</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="980" />
        <source>Backpropagation through time multiplies, step after step back, by the recurrent weights and the activation's slope: with sigmoid or tanh the early time steps get vanishing gradients; exploding gradients are cut by clipping (clipnorm).</source>
        <translation>La rétropropagation dans le temps multiplie, pas après pas en arrière, par les poids récurrents et la pente de l'activation : avec sigmoïde ou tanh, les premiers pas de temps reçoivent des gradients qui s'évanouissent ; les gradients qui explosent sont coupés par l'écrêtage (clipnorm).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="987" />
        <source>|d prediction / d x_t| for each time step t (log scale)</source>
        <translation>|d prédiction / d x_t| pour chaque pas de temps t (échelle log)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="996" />
        <source>gradient</source>
        <translation>gradient</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="1003" />
        <source>after clipping</source>
        <translation>après écrêtage</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="1013" />
        <source>Multiply the recurrent weights Wy: above 1 with relu, gradients explode.</source>
        <translation>Multiplier les poids récurrents Wy : au-dessus de 1 avec relu, les gradients explosent.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="1022" />
        <source>clipnorm: a gradient longer than this is scaled down to it (0: off).</source>
        <translation>clipnorm : un gradient plus long que cette valeur est ramené à elle (0 : désactivé).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="1029" />
        <source>Recurrent weights ×:</source>
        <translation>Poids récurrents × :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="1068" />
        <source>%1 with %2 over %3 steps: the last step's gradient is %4 times the first's.</source>
        <translation>%1 avec %2 sur %3 pas : le gradient du dernier pas vaut %4 fois celui du premier.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/rnn_tab.py" line="1075" />
        <source>Norm %1, after clipping %2.</source>
        <translation>Norme %1, après écrêtage %2.</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="200" />
        <source>The network of the CNN builder</source>
        <translation>Le réseau du constructeur de CNN</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="202" />
        <source>Preset: %1</source>
        <translation>Préréglage : %1</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="205" />
        <source>Train the network you built, or one of the course's.</source>
        <translation>Entraîner le réseau que vous avez construit, ou un de ceux du cours.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="208" />
        <source>MNIST, 5 000 digits (bundled)</source>
        <translation>MNIST, 5 000 chiffres (fourni)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="209" />
        <source>MNIST, full (70 000)</source>
        <translation>MNIST, complet (70 000)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="211" />
        <source>Fashion-MNIST, full (70 000)</source>
        <translation>Fashion-MNIST, complet (70 000)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="216" />
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="219" />
        <source>A folder with the four original IDX .gz files, or an .npz (from a USB stick).</source>
        <translation>Un dossier avec les quatre fichiers IDX .gz d'origine, ou un .npz (depuis une clé USB).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="223" />
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="231" />
        <source>SGD with momentum 0.9</source>
        <translation>SGD avec moment 0,9</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="241" />
        <source>How big each step of gradient descent is. Too big: the loss explodes; too small: learning is slow.</source>
        <translation>La taille de chaque pas de la descente de gradient. Trop grand : la perte explose ; trop petit : l'apprentissage est lent.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="249" />
        <source>Images per gradient step; the course uses 64.</source>
        <translation>Images par pas de gradient ; le cours utilise 64.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="260" />
        <source>Share of the training images kept aside to check the network on images it does not learn from.</source>
        <translation>Part des images d'apprentissage mise de côté pour vérifier le réseau sur des images dont il n'apprend pas.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="268" />
        <source>The same seed gives the same initial weights: a run can be replayed.</source>
        <translation>La même graine donne les mêmes poids initiaux : un apprentissage peut être rejoué.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="272" />
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="273" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="274" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="275" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="276" />
        <source>Stop after the current batch.</source>
        <translation>Arrêter après le lot en cours.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="278" />
        <source>Train more epochs from where it stopped.</source>
        <translation>Entraîner d'autres époques à partir de l'arrêt.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="281" />
        <source>Back to the same initial weights (same seed).</source>
        <translation>Revenir aux mêmes poids initiaux (même graine).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="291" />
        <source>Save model…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="292" />
        <source>Open model…</source>
        <translation>Ouvrir un modèle…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="293" />
        <source>Export training script…</source>
        <translation>Exporter le script d'apprentissage…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="299" />
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="300" />
        <source>Dataset:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="306" />
        <source>Optimizer:</source>
        <translation>Optimiseur :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="307" />
        <source>Learning rate:</source>
        <translation>Taux d'apprentissage :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="308" />
        <source>Batch size:</source>
        <translation>Taille de lot :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="309" />
        <source>Epochs:</source>
        <translation>Époques :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="310" />
        <source>Validation split:</source>
        <translation>Part de validation :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="311" />
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="334" />
        <source>Learning curves</source>
        <translation>Courbes d'apprentissage</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="335" />
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="336" />
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="337" />
        <source>Predict</source>
        <translation>Prédire</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="338" />
        <source>Inside the network</source>
        <translation>L'intérieur du réseau</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="358" />
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="366" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="366" />
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="368" />
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="368" />
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="376" />
        <source>training, mean so far in the epoch (per batch)</source>
        <translation>apprentissage, moyenne depuis le début de l'époque (par lot)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="377" />
        <source>training, per epoch</source>
        <translation>apprentissage, par époque</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="377" />
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="410" />
        <source>Evaluate on the test set</source>
        <translation>Évaluer sur l'ensemble de test</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="413" />
        <source>Train a network, then evaluate it on images it never saw.</source>
        <translation>Entraînez un réseau, puis évaluez-le sur des images qu'il n'a jamais vues.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="429" />
        <source>Rows: the true class; columns: the predicted class. Click a cell to see those images.</source>
        <translation>Lignes : la vraie classe ; colonnes : la classe prédite. Cliquez sur une case pour voir ces images.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="443" />
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="448" />
        <source>The most confident mistakes</source>
        <translation>Les erreurs les plus sûres</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="459" />
        <source>Test image</source>
        <translation>Image de test</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="461" />
        <source>Probabilities for the test image</source>
        <translation>Probabilités pour l'image de test</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="466" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="468" />
        <source>Probabilities for your drawing</source>
        <translation>Probabilités pour votre dessin</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="470" />
        <source>Draw a digit: the prediction changes as you draw.</source>
        <translation>Dessinez un chiffre : la prédiction change pendant que vous dessinez.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="476" />
        <source>Test image number:</source>
        <translation>Numéro de l'image de test :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="516" />
        <source>The first layer's learned kernels beside the hand-made ones of the convolution tab, and the feature maps of every convolution and pooling layer for the chosen test image.</source>
        <translation>Les noyaux appris par la première couche à côté de ceux faits à la main de l'onglet convolution, et les cartes de caractéristiques de chaque couche de convolution et de regroupement pour l'image de test choisie.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="532" />
        <source>First layer's kernels (Sobel x from the convolution tab first)</source>
        <translation>Noyaux de la première couche (d'abord Sobel x de l'onglet convolution)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="538" />
        <source>Feature maps for the test image of the Predict page</source>
        <translation>Cartes de caractéristiques pour l'image de test de la page Prédire</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="557" />
        <source>Installed on this computer.</source>
        <translation>Installé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="561" />
        <source>Not installed. Import the files a teacher gave you, or download it (needs the internet, once).</source>
        <translation>Non installé. Importez les fichiers donnés par l'enseignant, ou téléchargez-le (il faut internet, une fois).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="575" />
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="584" />
        <source>%1 training and %2 test images, 28×28 grey. Preprocessing as the course: x/255 as float32, reshape (-1, 28, 28, 1), one-hot labels.</source>
        <translation>%1 images d'apprentissage et %2 de test, 28×28 en gris. Prétraitement comme le cours : x/255 en float32, reshape (-1, 28, 28, 1), étiquettes one-hot.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="595" />
        <source>Folder with the IDX .gz files</source>
        <translation>Dossier avec les fichiers IDX .gz</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="604" />
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="608" />
        <source>%1 imported.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="614" />
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="615" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="642" />
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="669" />
        <source>the network has an invalid layer: fix it in the CNN builder first</source>
        <translation>le réseau a une couche invalide : corrigez-la d'abord dans le constructeur de CNN</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="675" />
        <source>the network's input is %1, but MNIST images are (28, 28, 1): set the input to 28 × 28 × 1 in the CNN builder</source>
        <translation>l'entrée du réseau est %1, mais les images MNIST sont (28, 28, 1) : réglez l'entrée sur 28 × 28 × 1 dans le constructeur de CNN</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="682" />
        <source>the network must end with 10 outputs (one per class), not %1</source>
        <translation>le réseau doit finir par 10 sorties (une par classe), pas %1</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="734" />
        <source>Training</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="789" />
        <source>Reset: the next run starts from the initial weights of seed %1.</source>
        <translation>Réinitialisé : le prochain apprentissage part des poids initiaux de la graine %1.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="843" />
        <source>Epoch %1/%2, batch %3/%4, %5 images/s, %6 s left</source>
        <translation>Époque %1/%2, lot %3/%4, %5 images/s, encore %6 s</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="882" />
        <source>Stopped after the current batch.</source>
        <translation>Arrêté après le lot en cours.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="884" />
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="887" />
        <source>Epoch %1: loss %2, accuracy %3.</source>
        <translation>Époque %1 : perte %2, exactitude %3.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="900" />
        <source>Training stopped</source>
        <translation>Apprentissage arrêté</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="915" />
        <location filename="../../guiapp/ui/train_tab.py" line="1136" />
        <source>Train a network first.</source>
        <translation>Entraînez d'abord un réseau.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="932" />
        <source>Test loss %1
Test accuracy %2</source>
        <translation>Perte sur le test %1
Exactitude sur le test %2</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="956" />
        <source>Accuracy per class: </source>
        <translation>Exactitude par classe : </translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="966" />
        <source>%1 read as %2 (%3)</source>
        <translation>%1 lu comme %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="989" />
        <source>%1 images of %2 predicted as %3:</source>
        <translation>%1 images de %2 prédites comme %3 :</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1013" />
        <source>argmax(predict(test_X)[%1]) = %2 (%3), the true label is %4.</source>
        <translation>argmax(predict(test_X)[%1]) = %2 (%3), la vraie étiquette est %4.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1031" />
        <source>Your drawing looks like %1 (%2).</source>
        <translation>Votre dessin ressemble à %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1047" />
        <source>Train a network with a convolution layer first.</source>
        <translation>Entraînez d'abord un réseau avec une couche de convolution.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1067" />
        <source>This network has no convolution layer: nothing to show here. Choose the Fashion CNN or LeNet-5 preset.</source>
        <translation>Ce réseau n'a pas de couche de convolution : rien à montrer ici. Choisissez le modèle Fashion CNN ou LeNet-5.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1097" />
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1112" />
        <source>Layer %1 learned %2 kernels of %3×%3; the first %4 are shown.</source>
        <translation>La couche %1 a appris %2 noyaux de %3×%3 ; les %4 premiers sont montrés.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1136" />
        <location filename="../../guiapp/ui/train_tab.py" line="1140" />
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1142" />
        <location filename="../../guiapp/ui/train_tab.py" line="1152" />
        <source>Keras models (*.keras)</source>
        <translation>Modèles Keras (*.keras)</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1150" />
        <location filename="../../guiapp/ui/train_tab.py" line="1165" />
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1166" />
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1175" />
        <source>Model %1 opened.</source>
        <translation>Modèle %1 ouvert.</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1215" />
        <source>Export training script</source>
        <translation>Exporter le script d'apprentissage</translation>
    </message>
    <message>
        <location filename="../../guiapp/ui/train_tab.py" line="1217" />
        <source>Python scripts (*.py)</source>
        <translation>Scripts Python (*.py)</translation>
    </message>
</context>
</TS>